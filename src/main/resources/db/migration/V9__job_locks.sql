-- One row per scheduled job (ShedLock's table layout): an instance runs a job only while it holds the
-- row, that is after it moved lock_until into the future with an insert or a conditional update. Times
-- are the database's own UTC time, so that the instances' clocks need not agree.

CREATE TABLE job_lock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
