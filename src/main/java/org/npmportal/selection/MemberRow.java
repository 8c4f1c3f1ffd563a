package org.npmportal.selection;

import java.time.Instant;

/** A commission member as shown to organisers and the chair. */
public record MemberRow(long memberId, long userId, String username, String fullName, boolean chair,
        Instant submittedAt) {
}
