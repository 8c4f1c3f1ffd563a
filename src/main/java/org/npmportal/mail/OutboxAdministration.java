package org.npmportal.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.persistence.criteria.Predicate;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.Texts;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.DashboardFigureSource;
import org.npmportal.base.UserFacingException;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators watch the outbox: what was sent, what waits, what failed and why, and send again. */
@Service
@Order(950)
@Transactional
public class OutboxAdministration implements DashboardFigureSource {

    private static final String ADMIN = "hasRole('ADMIN')";

    private final OutgoingMailRepository mails;
    private final MailDispatcher dispatcher;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;

    OutboxAdministration(OutgoingMailRepository mails, MailDispatcher dispatcher, AuditLog auditLog, Clock clock,
            SecurityContextHolderStrategy securityContext) {
        this.mails = mails;
        this.dispatcher = dispatcher;
        this.auditLog = auditLog;
        this.clock = clock;
        this.securityContext = securityContext;
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public Page<MailSummary> list(Set<MailStatus> statuses, String text, Pageable pageable) {
        return mails.findAll(matching(statuses, text), pageable).map(MailSummary::of);
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public long count(Set<MailStatus> statuses, String text) {
        return mails.count(matching(statuses, text));
    }

    /** The full text of one mail, as it was (or will be) sent. */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public Optional<String> body(long id) {
        return mails.findById(id).map(OutgoingMail::getBody);
    }

    /** Puts a failed or sent mail back in the queue with a fresh set of tries, keeping its Message-ID. */
    @PreAuthorize(ADMIN)
    public void resend(long id) {
        var mail = mails.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (mail.getStatus() == MailStatus.SENDING) {
            throw new UserFacingException("outbox.resend.sending");
        }
        mail.resend(clock.instant());
        auditLog.record("MAIL_RESENT", "mail", id, mail.getPurpose());
        dispatcher.wakeUp();
    }

    /** Administrators see how much mail waits and how much failed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @Override
    public List<DashboardFigure> dashboardFigures() {
        var authentication = securityContext.getContext().getAuthentication();
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (!admin) {
            return List.of();
        }
        return List.of(new DashboardFigure("dashboard.figure.mailWaiting", mails.countByStatus(MailStatus.PENDING),
                        "admin/mail"),
                new DashboardFigure("dashboard.figure.mailFailed", mails.countByStatus(MailStatus.FAILED),
                        "admin/mail"));
    }

    private static Specification<OutgoingMail> matching(Set<MailStatus> statuses, String text) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (statuses != null && !statuses.isEmpty()) {
                predicates.add(root.get("status").in(statuses));
            }
            if (text != null && !text.isBlank()) {
                String pattern = Texts.likeContains(text);
                predicates.add(cb.or(cb.like(cb.lower(root.get("recipient")), pattern, Texts.LIKE_ESCAPE),
                        cb.like(cb.lower(root.get("subject")), pattern, Texts.LIKE_ESCAPE)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
