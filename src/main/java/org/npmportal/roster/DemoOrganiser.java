package org.npmportal.roster;

import java.util.function.Supplier;
import org.npmportal.audit.AuditLog;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Lets demo data go through the same services, checks and audit records as an organiser's work, under the
 * audit's system actor, so that the demo shows nothing the portal itself would refuse.
 */
public final class DemoOrganiser {

    private DemoOrganiser() {
    }

    public static <T> T run(SecurityContextHolderStrategy security, Supplier<T> work) {
        var previous = security.getContext();
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(AuditLog.SYSTEM, null,
                AuthorityUtils.createAuthorityList("ROLE_ORGANISER"))));
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }
}
