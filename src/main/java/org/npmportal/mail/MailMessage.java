package org.npmportal.mail;

import java.util.List;
import org.npmportal.base.i18n.Language;

/**
 * A mail to write to the outbox, already in the recipient's language.
 *
 * @param purpose     what the mail is for, such as {@code registration.confirm}; shown to administrators
 * @param referenceId the record the mail is about (a registration, a seminar), or null
 */
public record MailMessage(String purpose, Long referenceId, String recipient, Language language, String subject,
        String body, List<Attachment> attachments) {

    public MailMessage {
        attachments = List.copyOf(attachments);
    }

    public MailMessage(String purpose, Long referenceId, String recipient, Language language, String subject,
            String body) {
        this(purpose, referenceId, recipient, language, subject, body, List.of());
    }

    public record Attachment(String filename, String contentType, byte[] content) {

        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
