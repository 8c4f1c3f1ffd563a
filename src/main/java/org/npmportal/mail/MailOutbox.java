package org.npmportal.mail;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.npmportal.base.KeptUntilCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mail to the outbox. It joins the caller's transaction, so the mail exists exactly when the
 * change that caused it was committed; the {@link MailDispatcher} sends it after the commit.
 *
 * <p>Each mail is written at once, unless the transaction asked for {@link #writeAtCommit()}: then its mails
 * are kept and written together just before it commits, in one round trip per table instead of one per mail
 * and attachment.
 */
@Service
public class MailOutbox {

    private final OutboxRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String messageIdDomain;

    MailOutbox(OutboxRows rows, ApplicationEventPublisher events, Clock clock,
            @Value("${portal.base-url}") URI baseUrl) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
        this.messageIdDomain = baseUrl.getHost() == null ? "npm-portal.local" : baseUrl.getHost();
    }

    /** Adds a mail to the outbox in the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(MailMessage message) {
        var recipient = message.recipient().strip().toLowerCase(Locale.ROOT);
        var normalised = new MailMessage(message.purpose(), message.referenceId(), recipient, message.language(),
                message.subject(), message.body(), message.attachments());
        var row = new OutboxRows.Row(normalised, "<" + UUID.randomUUID() + "@" + messageIdDomain + ">",
                clock.instant());
        if (KeptUntilCommit.kept(AtCommit.class) instanceof AtCommit kept) {
            kept.rows.add(row);
        } else {
            rows.insert(List.of(row));
        }
        events.publishEvent(new MailEnqueued());
    }

    /**
     * Keeps the mail that the current transaction writes from now on and writes it all just before the transaction
     * commits (none if it rolls back). For a transaction that writes many mails and does not read the outbox
     * afterwards: until the commit its mails are not in the tables. A seat batch writes up to 128 mails with their
     * calendar files; written one at a time they were a quarter of its time, which everyone in the queue waits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void writeAtCommit() {
        KeptUntilCommit.keep(AtCommit.class, AtCommit::new, kept -> {
            rows.insert(kept.rows);
            kept.rows.clear();
        });
    }

    /** The mails a transaction keeps until its commit. */
    private static final class AtCommit {
        final List<OutboxRows.Row> rows = new ArrayList<>();
    }

    /** Published inside the transaction; the dispatcher acts on it after the commit. */
    record MailEnqueued() {
    }
}
