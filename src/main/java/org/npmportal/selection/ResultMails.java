package org.npmportal.selection;

import org.npmportal.base.i18n.Messages;
import org.npmportal.mail.MailMessage;
import org.npmportal.mail.MailOutbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The decision, mailed to each candidate in their language through the outbox of the publishing transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ResultMails {

    /** Mail purposes are this prefix and the outcome, such as {@code selection.result.SELECTED}. */
    static final String PURPOSE = "selection.result.";

    private final MailOutbox outbox;
    private final Messages messages;

    ResultMails(MailOutbox outbox, Messages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    void result(SelectionRound round, Candidate candidate, Outcome outcome, Integer reservePosition) {
        var language = candidate.getLanguage();
        String subject = messages.get(language, "selection.mail.result.subject", round.getTitle());
        String body = messages.get(language, PURPOSE + outcome.name(), candidate.getFullName(), round.getTitle(),
                reservePosition == null ? "" : reservePosition)
                + "\n\n" + messages.get(language, "selection.mail.result.footer", candidate.getCode());
        outbox.enqueue(new MailMessage(PURPOSE + outcome.name(), candidate.getId(), candidate.getEmail(), language,
                subject, body));
    }
}
