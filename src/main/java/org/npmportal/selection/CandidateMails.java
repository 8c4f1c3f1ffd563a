package org.npmportal.selection;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.npmportal.base.i18n.Messages;
import org.npmportal.mail.MailMessage;
import org.npmportal.mail.MailOutbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes applicants' mail, in each applicant's language, to the outbox of the current transaction. Every
 * mail names the round and ends with why the person gets it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CandidateMails {

    /** Mail purposes are this prefix and the kind of mail, such as {@code selection.application.confirm}. */
    static final String PURPOSE = "selection.application.";
    private static final String KEYS = "selection.application.mail.";

    private final MailOutbox outbox;
    private final Messages messages;
    private final SelectionLinks links;

    CandidateMails(MailOutbox outbox, Messages messages, SelectionLinks links) {
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
    }

    /** The first mail: the link that confirms the address, and until when it works. */
    void confirmAddress(Candidate candidate, SelectionRound round, String token) {
        send(candidate, round, "confirm", links.confirm(token), moment(candidate.getConfirmBy(), candidate, round));
    }

    /** Someone applied again with this address: where the application stands, nothing else. */
    void currentStatus(Candidate candidate, SelectionRound round) {
        send(candidate, round, "status", text(candidate, KEYS + "status.line." + candidate.getStatus().name(),
                candidate.getCode()));
    }

    void confirmed(Candidate candidate, SelectionRound round) {
        send(candidate, round, "confirmed", candidate.getCode());
    }

    private void send(Candidate candidate, SelectionRound round, String kind, Object... args) {
        String subject = text(candidate, KEYS + kind + ".subject", round.getTitle());
        Object[] bodyArgs = new Object[args.length + 2];
        bodyArgs[0] = candidate.getFullName();
        bodyArgs[1] = round.getTitle();
        System.arraycopy(args, 0, bodyArgs, 2, args.length);
        String body = text(candidate, KEYS + kind + ".body", bodyArgs) + "\n\n-- \n"
                + text(candidate, KEYS + "footer", round.getTitle(), links.applicationForm(round.getId()));
        outbox.enqueue(new MailMessage(PURPOSE + kind, candidate.getId(), candidate.getEmail(),
                candidate.getLanguage(), subject, body));
    }

    private String text(Candidate candidate, String key, Object... args) {
        return messages.get(candidate.getLanguage(), key, args);
    }

    /** "2 March 2015, 14:30 (Asia/Almaty)" in the applicant's language and the round's time zone. */
    private static String moment(Instant instant, Candidate candidate, SelectionRound round) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(candidate.getLanguage().locale()).format(instant.atZone(round.zone()))
                + " (" + round.getTimeZone() + ")";
    }
}
