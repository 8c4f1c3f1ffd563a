-- The mail outbox: every mail is written here in the same transaction as the change that causes it,
-- and a dispatcher sends it after commit, retrying with backoff. A row is claimed with a conditional
-- update (status PENDING -> SENDING) so that two portal instances never send the same row.

CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    purpose         VARCHAR(64)   NOT NULL,
    reference_id    BIGINT,
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            LONGTEXT      NOT NULL,
    message_id      VARCHAR(200)  NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_at      DATETIME(6),
    sent_at         DATETIME(6),
    last_error      VARCHAR(1000),
    CONSTRAINT uk_mail_outbox_message_id UNIQUE (message_id)
);

CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient);

CREATE TABLE mail_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    mail_id      BIGINT       NOT NULL,
    filename     VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT fk_mail_attachment_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
);
