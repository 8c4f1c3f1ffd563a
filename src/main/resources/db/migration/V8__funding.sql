-- Funding: grants with their aims and reporting deadlines, instalments received, budget lines and the
-- expenditures booked against them. Amounts are exact decimals with an ISO 4217 currency code; every entry
-- in a currency other than its grant's keeps the exchange rate used (grant-currency units per one unit of
-- the entry's currency) and the converted amount, rounded once to the grant currency's minor units.

CREATE TABLE funding_grant (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT         NOT NULL,
    title            VARCHAR(300)   NOT NULL,
    donor            VARCHAR(200)   NOT NULL,
    implementer      VARCHAR(200)   NOT NULL,
    reference_number VARCHAR(100),
    amount           DECIMAL(19, 4) NOT NULL,
    currency         VARCHAR(3)     NOT NULL,
    starts_on        DATE           NOT NULL,
    ends_on          DATE           NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL
);

CREATE INDEX ix_funding_grant_status ON funding_grant (status, donor);

-- A project aim with how its achievement is measured and the value to reach.
CREATE TABLE funding_aim (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    grant_id  BIGINT        NOT NULL,
    position  INT           NOT NULL,
    aim       VARCHAR(1000) NOT NULL,
    indicator VARCHAR(1000) NOT NULL,
    target    VARCHAR(300)  NOT NULL,
    CONSTRAINT fk_funding_aim_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id) ON DELETE CASCADE
);

CREATE TABLE funding_deadline (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    grant_id    BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    due_on      DATE          NOT NULL,
    description VARCHAR(300),
    CONSTRAINT fk_funding_deadline_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id) ON DELETE CASCADE
);

CREATE INDEX ix_funding_deadline_due ON funding_deadline (due_on);

-- One reminder round per deadline and number of days ahead; the unique key keeps two portal instances
-- from sending the same reminder twice.
CREATE TABLE funding_deadline_reminder (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    deadline_id BIGINT      NOT NULL,
    days_before INT         NOT NULL,
    sent_at     DATETIME(6) NOT NULL,
    recipients  INT         NOT NULL,
    CONSTRAINT fk_funding_deadline_reminder_deadline FOREIGN KEY (deadline_id) REFERENCES funding_deadline (id)
        ON DELETE CASCADE,
    CONSTRAINT uk_funding_deadline_reminder UNIQUE (deadline_id, days_before)
);

CREATE TABLE funding_instalment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL,
    grant_id        BIGINT         NOT NULL,
    received_on     DATE           NOT NULL,
    amount          DECIMAL(19, 4) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    exchange_rate   DECIMAL(19, 8) NOT NULL,
    amount_in_grant DECIMAL(19, 4) NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    CONSTRAINT fk_funding_instalment_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id)
);

CREATE INDEX ix_funding_instalment_grant ON funding_instalment (grant_id, received_on);

CREATE TABLE budget_line (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT         NOT NULL,
    grant_id   BIGINT         NOT NULL,
    code       VARCHAR(20)    NOT NULL,
    category   VARCHAR(32)    NOT NULL,
    name       VARCHAR(200)   NOT NULL,
    planned    DECIMAL(19, 4) NOT NULL,
    created_at DATETIME(6)    NOT NULL,
    updated_at DATETIME(6)    NOT NULL,
    CONSTRAINT fk_budget_line_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id),
    CONSTRAINT uk_budget_line_code UNIQUE (grant_id, code)
);

CREATE TABLE expenditure (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL,
    grant_id        BIGINT         NOT NULL,
    line_id         BIGINT         NOT NULL,
    spent_on        DATE           NOT NULL,
    amount          DECIMAL(19, 4) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    exchange_rate   DECIMAL(19, 8) NOT NULL,
    amount_in_grant DECIMAL(19, 4) NOT NULL,
    supplier        VARCHAR(200)   NOT NULL,
    document_number VARCHAR(100)   NOT NULL,
    description     VARCHAR(1000),
    seminar_id      BIGINT,
    created_at      DATETIME(6)    NOT NULL,
    created_by      VARCHAR(100)   NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    CONSTRAINT fk_expenditure_grant FOREIGN KEY (grant_id) REFERENCES funding_grant (id),
    CONSTRAINT fk_expenditure_line FOREIGN KEY (line_id) REFERENCES budget_line (id),
    CONSTRAINT fk_expenditure_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id)
);

CREATE INDEX ix_expenditure_grant_date ON expenditure (grant_id, spent_on);
CREATE INDEX ix_expenditure_line ON expenditure (line_id);
CREATE INDEX ix_expenditure_seminar ON expenditure (seminar_id);
