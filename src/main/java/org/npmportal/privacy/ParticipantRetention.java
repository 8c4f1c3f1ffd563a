package org.npmportal.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.JobLock;
import org.npmportal.base.StoredTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention rule: participants (registrations and invitations) of seminars that ended more than
 * {@code portal.privacy.participant-retention-months} months ago are anonymised, with the mails about them;
 * off when the setting is unset or 0. Unlike anonymising a person, it leaves other rows' free text alone: the
 * same person may still take part in newer seminars or sit on a roster. Counts per seminar, attendance and
 * certificate numbers stay. Each seminar is handled in its own transaction under its row lock and only rows
 * not yet anonymised are touched, so a second run, or the same job in another portal instance, changes
 * nothing and records nothing.
 */
@Component
class ParticipantRetention {

    private static final Logger log = LoggerFactory.getLogger(ParticipantRetention.class);
    private static final String JOB = "privacy-participant-retention";
    private static final String NOT_ANONYMISED = "email not like '%" + Anonymiser.DOMAIN + "'";

    private final JdbcTemplate jdbc;
    private final Anonymiser anonymiser;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int months;
    private final JobLock jobLock;

    ParticipantRetention(JdbcTemplate jdbc, Anonymiser anonymiser, AuditLog audit, TransactionTemplate transactions,
            Clock clock, @Value("${portal.privacy.participant-retention-months:0}") int months, JobLock jobLock) {
        this.jdbc = jdbc;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.months = months;
        this.jobLock = jobLock;
    }

    @Scheduled(fixedDelayString = "${portal.privacy.retention-interval:PT6H}",
            initialDelayString = "${portal.privacy.retention-interval:PT6H}")
    void run() {
        if (months <= 0) {
            return;
        }
        try {
            jobLock.runAlone(JOB, () -> runOnce(months));
        } catch (RuntimeException e) {
            log.warn("Anonymising past participants failed; the job runs again later: {}", e.toString());
        }
    }

    /** One run with the given retention; returns how many registrations and invitations it anonymised. */
    int runOnce(int retentionMonths) {
        Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minusMonths(retentionMonths).toInstant();
        var before = StoredTime.of(cutoff);
        List<Long> seminars = jdbc.queryForList("select s.id from seminar s where s.ends_at_utc < ? and ("
                + "exists (select 1 from registration r where r.seminar_id = s.id and r." + NOT_ANONYMISED + ") or "
                + "exists (select 1 from invitation i where i.seminar_id = s.id and i." + NOT_ANONYMISED + ")) "
                + "order by s.id", Long.class, before);
        int anonymised = 0;
        for (long seminarId : seminars) {
            Integer inSeminar = transactions.execute(status -> seminar(seminarId, retentionMonths));
            anonymised += inSeminar == null ? 0 : inSeminar;
        }
        if (anonymised > 0) {
            log.info("Anonymised {} participant record(s) of {} seminar(s) that ended before {}", anonymised,
                    seminars.size(), cutoff);
        }
        return anonymised;
    }

    private int seminar(long seminarId, int retentionMonths) {
        jdbc.queryForList("select id from seminar where id = ? for update", Long.class, seminarId);
        List<Long> registrations = rows("registration", seminarId);
        List<Long> invitations = rows("invitation", seminarId);
        if (registrations.isEmpty() && invitations.isEmpty()) {
            return 0;
        }
        anonymiser.mails(jdbc.queryForList("""
                select id from mail_outbox
                 where (purpose like 'registration.%%' and purpose <> 'registration.invitation'
                        and reference_id in (select id from registration where seminar_id = ? and %s))
                    or (purpose = 'registration.invitation'
                        and reference_id in (select id from invitation where seminar_id = ? and %s))"""
                .formatted(NOT_ANONYMISED, NOT_ANONYMISED), Long.class, seminarId, seminarId));
        anonymiser.registrations(registrations);
        anonymiser.invitations(invitations);
        audit.record("RETENTION_ANONYMISED", "seminar", seminarId, registrations.size() + " registration(s), "
                + invitations.size() + " invitation(s); ended more than " + retentionMonths + " months ago");
        return registrations.size() + invitations.size();
    }

    private List<Long> rows(String table, long seminarId) {
        return jdbc.queryForList("select id from " + table + " where seminar_id = ? and " + NOT_ANONYMISED
                + " order by id", Long.class, seminarId);
    }
}
