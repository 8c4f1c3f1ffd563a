-- Staff accounts, their roles, and the audit trail of changes.
-- Written for both H2 (MySQL mode) and MySQL 8.4 / MariaDB 10.11: keep to SQL that both accept.

CREATE TABLE app_user (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL,
    username            VARCHAR(64)  NOT NULL,
    email               VARCHAR(254) NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    preferred_language  VARCHAR(2)   NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT uk_app_user_email UNIQUE (email)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    entity_type VARCHAR(64)   NOT NULL,
    entity_id   BIGINT,
    details     VARCHAR(2000)
);

CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
