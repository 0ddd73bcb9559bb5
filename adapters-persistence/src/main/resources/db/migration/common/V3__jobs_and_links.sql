-- Durable job queues: a job is QUEUED until due, RUNNING under a lease (a dead worker's job is
-- handed out again when the lease runs out), then DONE or DEAD.
CREATE TABLE jobs (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    job_type    VARCHAR(16)  NOT NULL,
    queue       VARCHAR(16)  NOT NULL,
    payload     TEXT         NOT NULL,
    job_key     VARCHAR(255),
    attempts    INTEGER      NOT NULL,
    run_at      BIGINT       NOT NULL,
    status      VARCHAR(8)   NOT NULL,
    lease_until BIGINT,
    last_error  TEXT,
    created_seq BIGINT       NOT NULL
);
CREATE UNIQUE INDEX jobs_by_key ON jobs (job_key);
CREATE INDEX jobs_due ON jobs (queue, status, run_at);
CREATE INDEX jobs_by_status ON jobs (status, created_seq);

CREATE TABLE incident_links (
    incident_id VARCHAR(36)  NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    related_id  VARCHAR(36)  NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    reason      VARCHAR(255) NOT NULL,
    PRIMARY KEY (incident_id, related_id)
);
