-- Instants are epoch microseconds: lossless for the application's microsecond clock, and sortable.
-- Labels are one form-encoded text column: they are read with the incident, never queried.
CREATE TABLE incidents (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    fingerprint      VARCHAR(128) NOT NULL,
    title            TEXT         NOT NULL,
    description      TEXT         NOT NULL,
    severity         VARCHAR(2)   NOT NULL,
    source           VARCHAR(128) NOT NULL,
    category         VARCHAR(16)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    labels           TEXT         NOT NULL,
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL,
    acknowledged_at  BIGINT,
    resolved_at      BIGINT,
    closed_at        BIGINT,
    last_seen_at     BIGINT       NOT NULL,
    occurrence_count INTEGER      NOT NULL,
    resolution_note  TEXT,
    root_cause       TEXT,
    classified_by    VARCHAR(128),
    -- which of severity and category the sender gave: a classifier only decides the others
    severity_reported BOOLEAN     NOT NULL,
    category_reported BOOLEAN     NOT NULL,
    version          BIGINT       NOT NULL
);

-- The store, not the application, guarantees one active incident per fingerprint: two instances
-- receiving the same event at once cannot both open one.
CREATE UNIQUE INDEX incidents_one_active_per_fingerprint
    ON incidents (fingerprint) WHERE state IN ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS');

-- Keyset pagination, newest first, alone and behind each filter.
CREATE INDEX incidents_newest_first ON incidents (created_at DESC, id DESC);
CREATE INDEX incidents_by_state ON incidents (state, created_at DESC, id DESC);
CREATE INDEX incidents_by_severity ON incidents (severity, created_at DESC, id DESC);
CREATE INDEX incidents_by_source ON incidents (source, created_at DESC, id DESC);
CREATE INDEX incidents_by_category ON incidents (category, created_at DESC, id DESC);
