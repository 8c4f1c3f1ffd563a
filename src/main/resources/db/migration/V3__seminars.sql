-- Seminars: capacity-building events with venue, dates in the venue's time zone, partners,
-- trainers and an agenda. seats_taken and waitlist_length are counters that registration keeps,
-- so that public pages read one row and seats can be taken with one conditional update.

CREATE TABLE seminar (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000),
    topics                VARCHAR(1000),
    audience              VARCHAR(300),
    format                VARCHAR(16)   NOT NULL,
    meeting_url           VARCHAR(500),
    city                  VARCHAR(100),
    region_id             BIGINT,
    venue_name            VARCHAR(200),
    venue_address         VARCHAR(300),
    room_capacity         INT,
    time_zone             VARCHAR(64)   NOT NULL,
    starts_at             DATETIME(6),
    ends_at               DATETIME(6),
    starts_at_utc         DATETIME(6),
    ends_at_utc           DATETIME(6),
    capacity              INT,
    registration_opens    DATETIME(6),
    registration_closes   DATETIME(6),
    approval_required     BOOLEAN       NOT NULL,
    status                VARCHAR(24)   NOT NULL,
    cancel_reason         VARCHAR(1000),
    lead_organiser_id     BIGINT,
    seats_taken           INT           NOT NULL,
    waitlist_length       INT           NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    CONSTRAINT fk_seminar_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_seminar_lead FOREIGN KEY (lead_organiser_id) REFERENCES organisation (id)
);

CREATE INDEX ix_seminar_status_start ON seminar (status, starts_at_utc);
CREATE INDEX ix_seminar_start ON seminar (starts_at_utc);
CREATE INDEX ix_seminar_city ON seminar (city);

CREATE TABLE seminar_language (
    seminar_id BIGINT     NOT NULL,
    language   VARCHAR(2) NOT NULL,
    PRIMARY KEY (seminar_id, language),
    CONSTRAINT fk_seminar_language_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
);

CREATE TABLE seminar_partner (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    seminar_id      BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    role            VARCHAR(16) NOT NULL,
    position        INT         NOT NULL,
    CONSTRAINT fk_seminar_partner_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_seminar_partner_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_seminar_partner UNIQUE (seminar_id, organisation_id)
);

CREATE INDEX ix_seminar_partner_org ON seminar_partner (organisation_id);

CREATE TABLE seminar_trainer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    seminar_id  BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    affiliation VARCHAR(200),
    kind        VARCHAR(16)  NOT NULL,
    position    INT          NOT NULL,
    CONSTRAINT fk_seminar_trainer_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
);

CREATE INDEX ix_seminar_trainer_name ON seminar_trainer (name);

CREATE TABLE seminar_session (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    seminar_id BIGINT       NOT NULL,
    starts_at  DATETIME(6)  NOT NULL,
    ends_at    DATETIME(6)  NOT NULL,
    title      VARCHAR(300) NOT NULL,
    speaker    VARCHAR(200),
    room       VARCHAR(100),
    CONSTRAINT fk_seminar_session_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
);

CREATE INDEX ix_seminar_session_seminar ON seminar_session (seminar_id, starts_at);
