package org.npmportal.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.npmportal.base.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registration's clockwork: ends unconfirmed registrations and unclaimed offers whose time is over
 * (offering those seats to the next people) and sends reminders. Each seminar is handled in its own
 * transaction under its row lock, so the jobs are safe next to participants' clicks and next to the
 * same jobs in another portal instance.
 */
@Component
@EnableConfigurationProperties(RegistrationSettings.class)
class RegistrationJobs {

    private static final Logger log = LoggerFactory.getLogger(RegistrationJobs.class);
    private static final int BATCH = 500;
    private static final String JOB = "registration-jobs";

    private final RegistrationService service;
    private final RegistrationRepository registrations;
    private final RegistrationTokenRepository tokens;
    private final SeminarSeats seminars;
    private final RegistrationSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JobLock jobLock;

    RegistrationJobs(RegistrationService service, RegistrationRepository registrations,
            RegistrationTokenRepository tokens, SeminarSeats seminars,
            RegistrationSettings settings, TransactionTemplate transactions, Clock clock, JobLock jobLock) {
        this.service = service;
        this.registrations = registrations;
        this.tokens = tokens;
        this.seminars = seminars;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.jobLock = jobLock;
    }

    @Scheduled(fixedDelayString = "${portal.registration.job-interval:PT1M}",
            initialDelayString = "${portal.registration.job-interval:PT1M}")
    void run() {
        try {
            jobLock.runAlone(JOB, this::runOnce);
        } catch (RuntimeException e) {
            log.warn("Registration jobs failed; they run again in {}: {}", settings.jobInterval(), e.toString());
        }
    }

    /** One round of every job; returns what was done, for tests and the log. */
    Result runOnce() {
        var now = clock.instant();
        int confirmations = 0;
        for (long seminarId : distinct(transactions.execute(status ->
                registrations.seminarsWithExpiredConfirmations(now, PageRequest.of(0, BATCH))))) {
            confirmations += transactions.execute(status -> service.expireConfirmations(seminarId));
        }
        int offers = 0;
        for (long seminarId : distinct(transactions.execute(status ->
                registrations.seminarsWithExpiredOffers(now, PageRequest.of(0, BATCH))))) {
            offers += transactions.execute(status -> service.expireOffers(seminarId));
        }
        int reminders = 0;
        int longest = settings.reminderDays().stream().max(Integer::compare).orElse(0);
        for (long seminarId : transactions.execute(status ->
                seminars.startingBetween(now, now.plus(Duration.ofDays(longest))))) {
            try {
                reminders += transactions.execute(status -> service.sendDueReminder(seminarId));
            } catch (DataIntegrityViolationException e) {
                log.info("Reminders for seminar {} were sent by another instance", seminarId);
            }
        }
        // Expired links are kept a month, so that a late click still says "expired" rather than "unknown".
        int forgotten = transactions.execute(status -> tokens.deleteExpiredBefore(now.minus(Duration.ofDays(30))));
        var result = new Result(confirmations, offers, reminders, forgotten);
        if (confirmations + offers + reminders + forgotten > 0) {
            log.info("Registration jobs: {}", result);
        }
        return result;
    }

    private static Set<Long> distinct(java.util.List<Long> ids) {
        return ids == null ? Collections.emptySet() : new LinkedHashSet<>(ids);
    }

    record Result(int expiredConfirmations, int expiredOffers, int remindersSent, int linksForgotten) {
    }
}
