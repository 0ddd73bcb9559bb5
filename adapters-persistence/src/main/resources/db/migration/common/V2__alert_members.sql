-- The alerts of an Alertmanager group incident, by Alertmanager fingerprint.
CREATE TABLE alert_members (
    incident_id VARCHAR(36)  NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    fingerprint VARCHAR(255) NOT NULL,
    firing      BOOLEAN      NOT NULL,
    starts_at   BIGINT,
    ends_at     BIGINT,
    PRIMARY KEY (incident_id, fingerprint)
);
