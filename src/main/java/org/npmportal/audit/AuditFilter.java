package org.npmportal.audit;

import java.time.Instant;

/** What the audit log view narrows to; any part may be null. {@code to} is exclusive. */
public record AuditFilter(String actor, AuditArea area, Instant from, Instant to, String text) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
