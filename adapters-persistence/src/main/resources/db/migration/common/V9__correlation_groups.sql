-- Correlation groups replace pairwise links: a link per related pair grew with the square of an
-- alert storm (416,814 rows for 8,631 incidents in two minutes, issue 19), a group costs one row per
-- incident. group_id names the incident that founded the group; created_at is the member incident's,
-- copied so that a group pages newest first from its own index.
CREATE TABLE incident_correlations (
    incident_id VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    group_id    VARCHAR(36)  NOT NULL,
    reason      VARCHAR(255) NOT NULL,
    created_at  BIGINT       NOT NULL
);
CREATE INDEX incident_correlations_by_group ON incident_correlations (group_id, created_at DESC, incident_id DESC);

-- Each linked incident joins the group named by the lowest id among itself and the incidents it was
-- linked to (ids are time-ordered, so mostly the earliest of them). Links chained beyond one
-- correlation window may so become several groups; no link is lost without a group to show it.
INSERT INTO incident_correlations (incident_id, group_id, reason, created_at)
SELECT l.incident_id,
       CASE WHEN MIN(l.related_id) < l.incident_id THEN MIN(l.related_id) ELSE l.incident_id END,
       MIN(l.reason),
       i.created_at
FROM incident_links l JOIN incidents i ON i.id = l.incident_id
GROUP BY l.incident_id, i.created_at;

DROP TABLE incident_links;
