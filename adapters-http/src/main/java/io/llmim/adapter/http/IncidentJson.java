package io.llmim.adapter.http;

import io.llmim.application.port.in.IncidentLink;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.application.port.in.IncidentHoldsQuery;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.RelatedIncidents;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.TimelineEntry;

import java.time.Instant;
import java.util.List;

/** The wire form of incidents, pages and timelines: snake_case, ISO-8601 instants, nulls kept. */
final class IncidentJson {

    private final ObjectMapper json;

    IncidentJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode incident(IncidentSnapshot incident) {
        ObjectNode node = json.createObjectNode()
                .put("id", incident.id().value())
                .put("fingerprint", incident.fingerprint().value())
                .put("title", incident.title())
                .put("description", incident.description())
                .put("severity", incident.severity().name())
                .put("source", incident.source())
                .put("category", incident.category().label())
                .put("state", incident.state().name());
        ObjectNode labels = node.putObject("labels");
        incident.labels().forEach(labels::put);
        instant(node, "created_at", incident.createdAt());
        instant(node, "updated_at", incident.updatedAt());
        instant(node, "acknowledged_at", incident.acknowledgedAt());
        instant(node, "resolved_at", incident.resolvedAt());
        instant(node, "closed_at", incident.closedAt());
        instant(node, "last_seen_at", incident.lastSeenAt());
        instant(node, "first_occurred_at", incident.firstOccurredAt());
        instant(node, "last_occurred_at", incident.lastOccurredAt());
        node.put("occurrence_count", incident.occurrenceCount())
                .put("resolution_note", incident.resolutionNote())
                .put("root_cause", incident.rootCause())
                .put("classified_by", incident.classifiedBy())
                .put("version", incident.version());
        return node;
    }

    /**
     * The incident with the first page of the incidents correlation grouped with it, how many there
     * are in all, and where the next page is (null when this page has them all).
     */
    ObjectNode withRelated(ObjectNode incident, RelatedIncidents related) {
        relatedItems(incident.putArray("related"), related);
        incident.put("related_total", related.total());
        incident.put("related_next", related.nextCursor() == null ? null
                : relatedPath(incident.get("id").asText()) + "?cursor=" + related.nextCursor().encode());
        return incident;
    }

    /** One page of the incidents correlation grouped with {@code id}. */
    ObjectNode related(IncidentId id, RelatedIncidents related) {
        ObjectNode node = json.createObjectNode().put("incident_id", id.value());
        relatedItems(node.putArray("items"), related);
        node.put("total", related.total());
        node.put("next_cursor", related.nextCursor() == null ? null : related.nextCursor().encode());
        return node;
    }

    private static void relatedItems(ArrayNode items, RelatedIncidents related) {
        for (IncidentLink link : related.items()) {
            items.addObject().put("id", link.related().value()).put("reason", link.reason());
        }
    }

    private static String relatedPath(String id) {
        return "/v1/incidents/" + id + "/related";
    }

    ObjectNode jobs(List<Job> jobs) {
        ObjectNode node = json.createObjectNode();
        ArrayNode items = node.putArray("items");
        for (Job job : jobs) {
            ObjectNode item = items.addObject()
                    .put("id", job.id())
                    .put("type", job.type().label())
                    .put("queue", job.queue().label())
                    .put("status", job.status().name().toLowerCase(java.util.Locale.ROOT))
                    .put("attempts", job.attempts())
                    .put("run_at", job.runAt().toString())
                    .put("last_error", job.lastError());
            ObjectNode payload = item.putObject("payload");
            job.payload().forEach(payload::put);
        }
        return node;
    }

    /**
     * {@code silenced_by}: the silences (and maintenance windows, which mute as silences do) muting it
     * now; {@code held_by}: every hold on it, {@code {reason, by}}, telling windows and inhibition apart.
     */
    ObjectNode withHolds(ObjectNode incident, IncidentHoldsQuery.MutedBy muted) {
        muted.silencedBy().forEach(incident.putArray("silenced_by")::add);
        ArrayNode heldBy = incident.putArray("held_by");
        muted.heldBy().forEach(held -> {
            ObjectNode hold = heldBy.addObject().put("reason", held.reason());
            held.by().forEach(hold.putArray("by")::add);
        });
        return incident;
    }

    ObjectNode page(IncidentPage page, IncidentHoldsQuery holds) {
        ObjectNode node = json.createObjectNode();
        ArrayNode items = node.putArray("items");
        page.items().forEach(incident -> items.add(withHolds(incident(incident), holds.mutedBy(incident))));
        node.put("next_cursor", page.nextCursor() == null ? null : page.nextCursor().encode());
        return node;
    }

    ObjectNode timeline(String incidentId, List<TimelineEntry> entries) {
        ObjectNode node = json.createObjectNode().put("incident_id", incidentId);
        ArrayNode items = node.putArray("items");
        for (TimelineEntry entry : entries) {
            items.addObject()
                    .put("at", entry.at().toString())
                    .put("kind", entry.kind().name())
                    .put("actor", entry.actor())
                    .put("detail", entry.detail());
        }
        return node;
    }

    private static void instant(ObjectNode node, String field, Instant value) {
        node.put(field, value == null ? null : value.toString());
    }
}
