-- Monitor selection. A round's commission rates candidates on weighted criteria; declarations of
-- conflict of interest are kept as an append-only log (a recusal is final); every change of a score is
-- kept with its old and new value; the decision freezes the figures it was taken on, so the minutes
-- can always explain it.

CREATE TABLE selection_round (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    programme           VARCHAR(100)  NOT NULL,
    round_year          INT           NOT NULL,
    description         VARCHAR(4000),
    phase               VARCHAR(20)   NOT NULL,
    applications_open   DATE,
    applications_close  DATE,
    time_zone           VARCHAR(64)   NOT NULL,
    total_seats         INT           NOT NULL,
    reserve_size        INT           NOT NULL,
    minimum_ratings     INT           NOT NULL,
    discuss_threshold   DECIMAL(6, 2) NOT NULL,
    blind_rating        BOOLEAN       NOT NULL,
    scores_after_submit BOOLEAN       NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    decided_at          DATETIME(6),
    published_at        DATETIME(6),
    CONSTRAINT uk_selection_round_title UNIQUE (title)
);

CREATE TABLE selection_region_seats (
    round_id  BIGINT NOT NULL,
    region_id BIGINT NOT NULL,
    seats     INT    NOT NULL,
    PRIMARY KEY (round_id, region_id),
    CONSTRAINT fk_selection_region_seats_round FOREIGN KEY (round_id) REFERENCES selection_round (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_selection_region_seats_region FOREIGN KEY (region_id) REFERENCES region (id)
);

CREATE TABLE selection_criterion (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    weight      DECIMAL(7, 2) NOT NULL,
    scale_min   INT           NOT NULL,
    scale_max   INT           NOT NULL,
    CONSTRAINT fk_selection_criterion_round FOREIGN KEY (round_id) REFERENCES selection_round (id)
        ON DELETE CASCADE
);

CREATE INDEX ix_selection_criterion_round ON selection_criterion (round_id, position);

-- The short text for a point of a criterion's scale ("1 — no monitoring experience").
CREATE TABLE selection_anchor (
    criterion_id BIGINT       NOT NULL,
    point        INT          NOT NULL,
    label        VARCHAR(300) NOT NULL,
    PRIMARY KEY (criterion_id, point),
    CONSTRAINT fk_selection_anchor_criterion FOREIGN KEY (criterion_id) REFERENCES selection_criterion (id)
        ON DELETE CASCADE
);

-- A rater's saves lock their own row, so one rater's tabs never race each other and raters never wait
-- for one another.
CREATE TABLE selection_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    chair        BOOLEAN     NOT NULL,
    submitted_at DATETIME(6),
    CONSTRAINT fk_selection_member_round FOREIGN KEY (round_id) REFERENCES selection_round (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_selection_member_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT uk_selection_member UNIQUE (round_id, user_id)
);

CREATE TABLE selection_candidate (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL,
    round_id           BIGINT        NOT NULL,
    code               VARCHAR(12)   NOT NULL,
    full_name          VARCHAR(200)  NOT NULL,
    email              VARCHAR(254)  NOT NULL,
    phone              VARCHAR(40),
    organisation       VARCHAR(200),
    region_id          BIGINT        NOT NULL,
    languages          VARCHAR(200),
    experience         VARCHAR(4000),
    motivation         VARCHAR(4000),
    language           VARCHAR(2)    NOT NULL,
    share_contacts     BOOLEAN       NOT NULL,
    source             VARCHAR(16)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    confirmed_at       DATETIME(6),
    confirm_token_hash VARCHAR(64),
    confirm_by         DATETIME(6),
    CONSTRAINT fk_selection_candidate_round FOREIGN KEY (round_id) REFERENCES selection_round (id),
    CONSTRAINT fk_selection_candidate_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT uk_selection_candidate_email UNIQUE (round_id, email),
    CONSTRAINT uk_selection_candidate_code UNIQUE (round_id, code),
    CONSTRAINT uk_selection_candidate_token UNIQUE (confirm_token_hash)
);

CREATE INDEX ix_selection_candidate_round ON selection_candidate (round_id, status, full_name);
CREATE INDEX ix_selection_candidate_email ON selection_candidate (email);

CREATE TABLE selection_cv (
    candidate_id BIGINT       NOT NULL PRIMARY KEY,
    file_name    VARCHAR(200) NOT NULL,
    size_bytes   INT          NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_selection_cv_candidate FOREIGN KEY (candidate_id) REFERENCES selection_candidate (id)
        ON DELETE CASCADE
);

-- Append-only: a member declares "no conflict" or "conflict" per candidate before opening the file;
-- a later conflict after "no conflict" is allowed, the reverse is not (a recusal is final).
CREATE TABLE selection_declaration (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT        NOT NULL,
    candidate_id BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    conflict     BOOLEAN       NOT NULL,
    reason       VARCHAR(1000),
    declared_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_selection_declaration_candidate FOREIGN KEY (candidate_id) REFERENCES selection_candidate (id),
    CONSTRAINT fk_selection_declaration_member FOREIGN KEY (member_id) REFERENCES selection_member (id),
    CONSTRAINT uk_selection_declaration UNIQUE (candidate_id, member_id, conflict)
);

CREATE INDEX ix_selection_declaration_round ON selection_declaration (round_id, member_id);

CREATE TABLE selection_score (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT        NOT NULL,
    candidate_id BIGINT        NOT NULL,
    criterion_id BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    score        INT           NOT NULL,
    comment      VARCHAR(1000),
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_selection_score_candidate FOREIGN KEY (candidate_id) REFERENCES selection_candidate (id),
    CONSTRAINT fk_selection_score_criterion FOREIGN KEY (criterion_id) REFERENCES selection_criterion (id),
    CONSTRAINT fk_selection_score_member FOREIGN KEY (member_id) REFERENCES selection_member (id),
    CONSTRAINT uk_selection_score UNIQUE (candidate_id, criterion_id, member_id)
);

CREATE INDEX ix_selection_score_round ON selection_score (round_id, member_id);

-- Every change of a score or its comment: who, when, before and after (null before = first entry).
CREATE TABLE selection_score_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT        NOT NULL,
    candidate_id BIGINT        NOT NULL,
    criterion_id BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    old_score    INT,
    new_score    INT,
    old_comment  VARCHAR(1000),
    new_comment  VARCHAR(1000),
    changed_by   VARCHAR(64)   NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_selection_score_change_candidate FOREIGN KEY (candidate_id) REFERENCES selection_candidate (id)
);

CREATE INDEX ix_selection_score_change_round ON selection_score_change (round_id, candidate_id);

-- The decision: the proposal and the figures it was computed from, frozen when the round is decided.
CREATE TABLE selection_decision (
    candidate_id     BIGINT        NOT NULL PRIMARY KEY,
    round_id         BIGINT        NOT NULL,
    final_rank       INT           NOT NULL,
    tie_rank         INT           NOT NULL,
    ratings          INT           NOT NULL,
    mean_score       DECIMAL(9, 3),
    median_score     DECIMAL(9, 3),
    sd_score         DECIMAL(9, 3),
    z_mean           DECIMAL(9, 3),
    proposed_outcome VARCHAR(20)   NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    reserve_position INT,
    CONSTRAINT fk_selection_decision_round FOREIGN KEY (round_id) REFERENCES selection_round (id),
    CONSTRAINT fk_selection_decision_candidate FOREIGN KEY (candidate_id) REFERENCES selection_candidate (id)
);

CREATE INDEX ix_selection_decision_round ON selection_decision (round_id, final_rank);

-- The chair's changes to the proposal, each with its written reason.
CREATE TABLE selection_override (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT         NOT NULL,
    candidate_id BIGINT         NOT NULL,
    from_outcome VARCHAR(20)    NOT NULL,
    to_outcome   VARCHAR(20)    NOT NULL,
    reason       VARCHAR(2000)  NOT NULL,
    decided_by   VARCHAR(64)    NOT NULL,
    decided_at   DATETIME(6)    NOT NULL,
    CONSTRAINT fk_selection_override_candidate FOREIGN KEY (candidate_id) REFERENCES selection_candidate (id)
);

CREATE INDEX ix_selection_override_round ON selection_override (round_id, decided_at);
