package org.npmportal.mail;

public enum MailStatus {
    /** Waiting to be sent, now or at {@code nextAttemptAt}. */
    PENDING,
    /** Claimed by a dispatcher that is talking to the SMTP server. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the last retry; an administrator can send it again. */
    FAILED
}
