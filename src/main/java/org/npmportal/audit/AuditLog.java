package org.npmportal.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what. It joins the caller's transaction, so a change and its record are
 * committed together or not at all.
 */
@Service
public class AuditLog {

    /** The actor recorded for changes the portal makes by itself (start-up, scheduled jobs). */
    public static final String SYSTEM = "system";
    /** The actor recorded for changes made through public pages and emailed links. */
    public static final String ANONYMOUS = "anonymous";

    private final AuditEventRepository events;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;

    AuditLog(AuditEventRepository events, Clock clock, SecurityContextHolderStrategy securityContext) {
        this.events = events;
        this.clock = clock;
        this.securityContext = securityContext;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, String details) {
        events.save(new AuditEvent(clock.instant(), currentActor(), action, entityType, entityId, details));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String entityType, Long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }

    private String currentActor() {
        var authentication = securityContext.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        return authentication instanceof AnonymousAuthenticationToken ? ANONYMOUS : authentication.getName();
    }
}
