package org.npmportal.mail;

import java.time.Instant;

/** A row of the administrators' outbox list. */
public record MailSummary(long id, Instant createdAt, String purpose, String recipient, String subject,
        MailStatus status, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {

    static MailSummary of(OutgoingMail m) {
        return new MailSummary(m.getId(), m.getCreatedAt(), m.getPurpose(), m.getRecipient(), m.getSubject(),
                m.getStatus(), m.getAttempts(), m.getNextAttemptAt(), m.getSentAt(), m.getLastError());
    }
}
