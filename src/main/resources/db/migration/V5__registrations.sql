-- Registration by e-mail. A participant has no account: they act through links whose tokens are
-- stored only as SHA-256 hashes. Seats are decided while the seminar's row is locked, so the seminar's
-- seats_taken and waitlist_length counters always match the registrations below.

CREATE TABLE registration (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL,
    seminar_id            BIGINT        NOT NULL,
    email                 VARCHAR(254)  NOT NULL,
    full_name             VARCHAR(200)  NOT NULL,
    organisation          VARCHAR(200),
    job_position          VARCHAR(200),
    region_id             BIGINT,
    language              VARCHAR(2)    NOT NULL,
    needs                 VARCHAR(1000),
    consent_processing    BOOLEAN       NOT NULL,
    consent_listing       BOOLEAN       NOT NULL,
    status                VARCHAR(24)   NOT NULL,
    waitlist_number       INT,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    confirm_by            DATETIME(6),
    email_confirmed_at    DATETIME(6),
    seated_at             DATETIME(6),
    offer_expires_at      DATETIME(6),
    ended_at              DATETIME(6),
    ended_by              VARCHAR(16),
    decision_message      VARCHAR(1000),
    invitation_id         BIGINT,
    certificate_number    VARCHAR(40),
    certificate_issued_at DATETIME(6),
    CONSTRAINT fk_registration_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id),
    CONSTRAINT fk_registration_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT uk_registration_email UNIQUE (seminar_id, email),
    CONSTRAINT uk_registration_waitlist UNIQUE (seminar_id, waitlist_number),
    CONSTRAINT uk_registration_certificate UNIQUE (certificate_number)
);

CREATE INDEX ix_registration_seminar_status ON registration (seminar_id, status, waitlist_number);
CREATE INDEX ix_registration_status_confirm_by ON registration (status, confirm_by);
CREATE INDEX ix_registration_status_offer ON registration (status, offer_expires_at);
CREATE INDEX ix_registration_email ON registration (email);
CREATE INDEX ix_registration_seminar_name ON registration (seminar_id, full_name);

-- One row per link sent. Confirmation and claim links work once; a management link works until it expires.
CREATE TABLE registration_token (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_id BIGINT       NOT NULL,
    purpose         VARCHAR(16)  NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    used_at         DATETIME(6),
    CONSTRAINT fk_registration_token_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
        ON DELETE CASCADE,
    CONSTRAINT uk_registration_token_hash UNIQUE (token_hash)
);

CREATE INDEX ix_registration_token_registration ON registration_token (registration_id, purpose);

-- People an organiser invited; their personal link fills the registration form for them.
CREATE TABLE invitation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    seminar_id  BIGINT       NOT NULL,
    email       VARCHAR(254) NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_invitation_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id),
    CONSTRAINT uk_invitation_email UNIQUE (seminar_id, email),
    CONSTRAINT uk_invitation_token_hash UNIQUE (token_hash)
);

-- Attendance per seminar day, marked at check-in.
CREATE TABLE attendance (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_id BIGINT       NOT NULL,
    attended_on     DATE         NOT NULL,
    marked_at       DATETIME(6)  NOT NULL,
    marked_by       VARCHAR(100) NOT NULL,
    CONSTRAINT fk_attendance_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
        ON DELETE CASCADE,
    CONSTRAINT uk_attendance UNIQUE (registration_id, attended_on)
);

-- Reminders sent per seminar and number of days before its start; the unique key makes sure that two
-- portal instances never send the same reminder twice.
CREATE TABLE seminar_reminder (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    seminar_id  BIGINT      NOT NULL,
    days_before INT         NOT NULL,
    sent_at     DATETIME(6) NOT NULL,
    recipients  INT         NOT NULL,
    CONSTRAINT fk_seminar_reminder_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id),
    CONSTRAINT uk_seminar_reminder UNIQUE (seminar_id, days_before)
);
