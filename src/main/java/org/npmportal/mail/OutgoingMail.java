package org.npmportal.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.npmportal.base.AbstractEntity;
import org.npmportal.base.i18n.Language;

/** One mail in the outbox, with its delivery state. New mails are written by {@link OutboxRows}. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail extends AbstractEntity {

    public static final int SUBJECT_MAX = 300;
    public static final int ERROR_MAX = 1000;
    public static final int BODY_MAX = 1_000_000;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String purpose;

    @Column(name = "reference_id", updatable = false)
    private Long referenceId;

    @Column(nullable = false, updatable = false, length = 254)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 2)
    private Language language;

    @Column(nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subject;

    /** Stored as LONGTEXT; mapped by length rather than as a LOB, which H2 and MySQL type differently. */
    @Column(nullable = false, updatable = false, length = BODY_MAX)
    private String body;

    /** The Message-ID header, fixed when the mail is written, so that every retry carries the same one. */
    @Column(name = "message_id", nullable = false, updatable = false, unique = true, length = 200)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @OneToMany(mappedBy = "mail", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<MailAttachment> attachments = new ArrayList<>();

    protected OutgoingMail() {
    }

    void failed(String error, Instant nextAttempt) {
        attempts++;
        lastError = error == null ? null : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (nextAttempt == null) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = nextAttempt;
        }
    }

    void resend(Instant now) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        lastError = null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getReferenceId() {
        return referenceId;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMessageId() {
        return messageId;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    List<MailAttachment> attachments() {
        return attachments;
    }
}
