-- Alertmanager silences (GET/POST /api/v2/silences), shared by every instance of the store.
-- matchers: one per line as Alertmanager writes them (name="value", quotes and newlines escaped).
-- incident_id: the incident a silence was made for (POST /v1/incidents/{id}/silence), which ends it
-- when it resolves. end_reported: the silence's end was acted on (the webhooks told, once).
CREATE TABLE silences (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    matchers     TEXT        NOT NULL,
    starts_at    BIGINT      NOT NULL,
    ends_at      BIGINT      NOT NULL,
    created_by   TEXT        NOT NULL,
    comment      TEXT        NOT NULL,
    updated_at   BIGINT      NOT NULL,
    incident_id  VARCHAR(36),
    end_reported BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX silences_by_end ON silences (ends_at);
CREATE INDEX silences_by_incident ON silences (incident_id) WHERE incident_id IS NOT NULL;
