-- The change log live subscribers read (GET /v1/events): each change with the incident as it
-- stored it, so that a subscriber filters and shows the state the change made. The columns after
-- changed_at are those of incidents. Positions come from an identity: they can commit out of order
-- across transactions, which the appenders' shared advisory lock and the readers' safe head handle
-- (JdbcIncidentChangeLog).
CREATE TABLE incident_changes (
    position          BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind              VARCHAR(16)  NOT NULL,
    changed_at        BIGINT       NOT NULL,
    id                VARCHAR(36)  NOT NULL,
    fingerprint       VARCHAR(128) NOT NULL,
    title             TEXT         NOT NULL,
    description       TEXT         NOT NULL,
    severity          VARCHAR(2)   NOT NULL,
    source            VARCHAR(128) NOT NULL,
    category          VARCHAR(16)  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    labels            TEXT         NOT NULL,
    created_at        BIGINT       NOT NULL,
    updated_at        BIGINT       NOT NULL,
    acknowledged_at   BIGINT,
    resolved_at       BIGINT,
    closed_at         BIGINT,
    last_seen_at      BIGINT       NOT NULL,
    first_occurred_at BIGINT,
    last_occurred_at  BIGINT,
    occurrence_count  INTEGER      NOT NULL,
    resolution_note   TEXT,
    root_cause        TEXT,
    classified_by     VARCHAR(128),
    severity_reported BOOLEAN      NOT NULL,
    category_reported BOOLEAN      NOT NULL,
    version           BIGINT       NOT NULL
);
-- Retention prunes by age, oldest first.
CREATE INDEX incident_changes_by_age ON incident_changes (changed_at);
