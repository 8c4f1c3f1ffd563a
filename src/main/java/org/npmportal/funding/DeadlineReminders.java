package org.npmportal.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.npmportal.base.JobLock;
import org.npmportal.base.i18n.Messages;
import org.npmportal.mail.MailMessage;
import org.npmportal.mail.MailOutbox;
import org.npmportal.security.Role;
import org.npmportal.security.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails finance staff ahead of each reporting deadline, 14 and 3 days before it, each reminder once. A
 * reminder that is due is recorded (unique per deadline and days ahead) in the transaction that puts its
 * mails in the outbox, so that two portal instances never both send it. A portal that was down when the
 * 14-day reminder was due sends it late, once, until the 3-day one is due.
 */
@Component
class DeadlineReminders {

    static final List<Integer> DAYS_AHEAD = List.of(3, 14);
    static final String PURPOSE = "funding.deadline";
    private static final String JOB = "funding-deadline-reminders";
    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final DeadlineRepository deadlines;
    private final DeadlineReminderRepository reminders;
    private final GrantRepository grants;
    private final StaffDirectory staff;
    private final MailOutbox outbox;
    private final Messages messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final JobLock jobLock;

    DeadlineReminders(DeadlineRepository deadlines, DeadlineReminderRepository reminders, GrantRepository grants,
            StaffDirectory staff, MailOutbox outbox, Messages messages, TransactionTemplate transactions, Clock clock,
            @Value("${portal.base-url}") String baseUrl, JobLock jobLock) {
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.grants = grants;
        this.staff = staff;
        this.outbox = outbox;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.jobLock = jobLock;
    }

    @Scheduled(fixedDelayString = "${portal.funding.reminder-interval:PT1H}",
            initialDelayString = "${portal.funding.reminder-interval:PT1H}")
    void run() {
        try {
            jobLock.runAlone(JOB, this::runOnce);
        } catch (RuntimeException e) {
            log.warn("Funding deadline reminders failed; they run again later: {}", e.toString());
        }
    }

    /** Sends every reminder that is due now; returns how many mails went to the outbox. */
    int runOnce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), FundingService.ZONE);
        int longest = DAYS_AHEAD.getLast();
        List<Deadline> due = transactions.execute(status ->
                deadlines.findByDueOnBetweenOrderByDueOnAscIdAsc(today, today.plusDays(longest)));
        int mails = 0;
        for (Deadline deadline : due) {
            int daysLeft = (int) ChronoUnit.DAYS.between(today, deadline.getDueOn());
            int round = DAYS_AHEAD.stream().filter(d -> d >= daysLeft).findFirst().orElseThrow();
            try {
                mails += transactions.execute(status -> send(deadline, round, daysLeft));
            } catch (DataIntegrityViolationException e) {
                log.info("The {}-day reminder of deadline {} was sent by another instance", round, deadline.getId());
            }
        }
        return mails;
    }

    private int send(Deadline deadline, int round, int daysLeft) {
        if (reminders.sent(deadline.getId(), round)) {
            return 0;
        }
        var grant = grants.findById(deadline.getGrantId()).orElseThrow();
        var recipients = staff.recipientsWithRole(Role.FINANCE);
        reminders.saveAndFlush(new DeadlineReminder(deadline.getId(), round, clock.instant(), recipients.size()));
        for (var recipient : recipients) {
            var language = recipient.language();
            String kind = messages.get(language, "funding.deadline." + deadline.getKind().name());
            String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                    .format(deadline.getDueOn());
            String subject = messages.get(language, "funding.mail.reminder.subject", daysLeft, grant.getTitle());
            String body = messages.get(language, "funding.mail.reminder.body", recipient.fullName(), kind,
                    grant.getTitle(), grant.getDonor(), day, daysLeft, baseUrl + "/funding/" + grant.getId());
            outbox.enqueue(new MailMessage(PURPOSE, deadline.getId(), recipient.email(), language, subject, body));
        }
        return recipients.size();
    }
}
