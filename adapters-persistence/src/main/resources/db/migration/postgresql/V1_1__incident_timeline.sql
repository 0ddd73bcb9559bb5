-- The timeline's own ordering column is the one thing the two databases spell differently.
CREATE TABLE incident_timeline (
    seq         BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id VARCHAR(36)  NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    at          BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    actor       VARCHAR(128) NOT NULL,
    detail      TEXT         NOT NULL
);
CREATE INDEX incident_timeline_by_incident ON incident_timeline (incident_id, seq);
