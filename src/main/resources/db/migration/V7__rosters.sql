-- Yearly team rosters: who monitors where in a year, with targets per region, every change of a
-- member's role or status with its date and reason, training requirements, and the monitoring visits
-- the team made to places of detention. A person is matched across rosters, seminar registrations and
-- selection rounds by the lower-case e-mail address.

CREATE TABLE roster (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL,
    programme            VARCHAR(100) NOT NULL,
    roster_year          INT          NOT NULL,
    title                VARCHAR(200) NOT NULL,
    starts_on            DATE         NOT NULL,
    ends_on              DATE         NOT NULL,
    carried_over_from_id BIGINT,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_roster_carried_over_from FOREIGN KEY (carried_over_from_id) REFERENCES roster (id),
    CONSTRAINT uk_roster_programme_year UNIQUE (programme, roster_year)
);

-- How many monitors a roster should have in each region; regions without a row have no target.
CREATE TABLE roster_target (
    roster_id BIGINT NOT NULL,
    region_id BIGINT NOT NULL,
    monitors  INT    NOT NULL,
    PRIMARY KEY (roster_id, region_id),
    CONSTRAINT fk_roster_target_roster FOREIGN KEY (roster_id) REFERENCES roster (id) ON DELETE CASCADE,
    CONSTRAINT fk_roster_target_region FOREIGN KEY (region_id) REFERENCES region (id)
);

-- The unique key is what keeps two organisers adding the same person at once from making two rows.
CREATE TABLE roster_member (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    roster_id          BIGINT        NOT NULL,
    email              VARCHAR(254)  NOT NULL,
    full_name          VARCHAR(200)  NOT NULL,
    phone              VARCHAR(40),
    organisation       VARCHAR(200),
    region_id          BIGINT        NOT NULL,
    language           VARCHAR(2),
    member_role        VARCHAR(32)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    status_since       DATE          NOT NULL,
    status_reason      VARCHAR(1000),
    starts_on          DATE          NOT NULL,
    ends_on            DATE,
    share_contacts     BOOLEAN       NOT NULL,
    returning_member   BOOLEAN       NOT NULL,
    source             VARCHAR(16)   NOT NULL,
    selection_round_id BIGINT,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_roster_member_roster FOREIGN KEY (roster_id) REFERENCES roster (id),
    CONSTRAINT fk_roster_member_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT uk_roster_member_email UNIQUE (roster_id, email)
);

CREATE INDEX ix_roster_member_email ON roster_member (email);
CREATE INDEX ix_roster_member_roster_region ON roster_member (roster_id, region_id, status);
CREATE INDEX ix_roster_member_roster_name ON roster_member (roster_id, full_name);

-- Every change of a member's role or status, dated when it took effect, with the reason given.
CREATE TABLE roster_member_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id   BIGINT        NOT NULL,
    effective_on DATE         NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    member_role VARCHAR(32)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000),
    recorded_at DATETIME(6)   NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_roster_member_change_member FOREIGN KEY (member_id) REFERENCES roster_member (id)
        ON DELETE CASCADE
);

CREATE INDEX ix_roster_member_change_member ON roster_member_change (member_id, effective_on);

-- Seminars a roster requires, such as "NPM basics" before a first visit; any one of the listed seminars,
-- attended on every day, meets the requirement.
CREATE TABLE training_requirement (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL,
    roster_id          BIGINT       NOT NULL,
    name               VARCHAR(200) NOT NULL,
    before_first_visit BOOLEAN      NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT fk_training_requirement_roster FOREIGN KEY (roster_id) REFERENCES roster (id) ON DELETE CASCADE,
    CONSTRAINT uk_training_requirement_name UNIQUE (roster_id, name)
);

CREATE TABLE training_requirement_seminar (
    requirement_id BIGINT NOT NULL,
    seminar_id     BIGINT NOT NULL,
    PRIMARY KEY (requirement_id, seminar_id),
    CONSTRAINT fk_training_requirement_seminar_requirement FOREIGN KEY (requirement_id)
        REFERENCES training_requirement (id) ON DELETE CASCADE,
    CONSTRAINT fk_training_requirement_seminar_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id)
);

-- The directory of places of detention that monitors visit.
CREATE TABLE facility (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    facility_type VARCHAR(32)  NOT NULL,
    region_id     BIGINT       NOT NULL,
    address       VARCHAR(300),
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_facility_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT uk_facility_name UNIQUE (region_id, name)
);

CREATE INDEX ix_facility_type ON facility (facility_type, region_id);

-- A preventive visit by a roster's team, and when its report was published (null while it is not).
CREATE TABLE monitoring_visit (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    roster_id           BIGINT        NOT NULL,
    facility_id         BIGINT        NOT NULL,
    visited_on          DATE          NOT NULL,
    report_published_on DATE,
    notes               VARCHAR(2000),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_monitoring_visit_roster FOREIGN KEY (roster_id) REFERENCES roster (id),
    CONSTRAINT fk_monitoring_visit_facility FOREIGN KEY (facility_id) REFERENCES facility (id)
);

CREATE INDEX ix_monitoring_visit_roster_date ON monitoring_visit (roster_id, visited_on);
CREATE INDEX ix_monitoring_visit_facility ON monitoring_visit (facility_id, visited_on);

-- The visit's team. A member who visited cannot be removed from the roster (withdraw them instead).
CREATE TABLE monitoring_visit_member (
    visit_id  BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (visit_id, member_id),
    CONSTRAINT fk_monitoring_visit_member_visit FOREIGN KEY (visit_id) REFERENCES monitoring_visit (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_monitoring_visit_member_member FOREIGN KEY (member_id) REFERENCES roster_member (id)
);

CREATE INDEX ix_monitoring_visit_member_member ON monitoring_visit_member (member_id);
