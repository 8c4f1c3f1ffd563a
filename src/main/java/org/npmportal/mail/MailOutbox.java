package org.npmportal.mail;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mail to the outbox. It joins the caller's transaction, so the mail exists exactly when the
 * change that caused it was committed; the {@link MailDispatcher} sends it after the commit.
 */
@Service
public class MailOutbox {

    private final OutgoingMailRepository mails;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String messageIdDomain;

    MailOutbox(OutgoingMailRepository mails, EntityManager entityManager, ApplicationEventPublisher events,
            Clock clock, @Value("${portal.base-url}") URI baseUrl) {
        this.mails = mails;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.messageIdDomain = baseUrl.getHost() == null ? "npm-portal.local" : baseUrl.getHost();
    }

    /**
     * Adds a mail to the outbox in the current transaction and returns its outbox id. The row is written at once
     * (its id comes from the database) and the mail then leaves the persistence context: nothing in the caller's
     * transaction changes it again, and every later flush of that transaction would otherwise check it and its
     * attachments for changes (a seat batch writes 32 mails).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(MailMessage message) {
        var recipient = message.recipient().strip().toLowerCase(Locale.ROOT);
        var normalised = new MailMessage(message.purpose(), message.referenceId(), recipient, message.language(),
                message.subject(), message.body(), message.attachments());
        String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
        var saved = mails.save(new OutgoingMail(normalised, messageId, clock.instant()));
        entityManager.detach(saved);
        events.publishEvent(new MailEnqueued(saved.getId()));
        return saved.getId();
    }

    /** Published inside the transaction; the dispatcher acts on it after the commit. */
    record MailEnqueued(long mailId) {
    }
}
