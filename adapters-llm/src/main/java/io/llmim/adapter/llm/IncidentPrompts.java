package io.llmim.adapter.llm;

import io.llmim.domain.Category;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Arrays;
import java.util.List;

/** What we ask the model for each operation, and the JSON schema its answer must fit. */
final class IncidentPrompts {

    static final String SYSTEM = "You triage incidents of an LLM serving platform (model gateways, inference "
            + "servers, guardrails, governance). Severity: P0 = total outage or data breach, P1 = major degradation "
            + "or security event, P2 = partial degradation, P3 = minor, P4 = informational. Answer only with JSON "
            + "matching the schema.";

    static final JsonObject CLASSIFICATION_SCHEMA = object(new JsonObject()
                    .put("severity", new JsonObject().put("type", "string").put("enum",
                            new JsonArray(Arrays.stream(Severity.values()).map(Enum::name).toList())))
                    .put("category", new JsonObject().put("type", "string").put("enum",
                            new JsonArray(Arrays.stream(Category.values()).map(Category::label).toList())))
                    .put("confidence", new JsonObject().put("type", "number")),
            "severity", "category", "confidence");

    static final JsonObject ENRICHMENT_SCHEMA = object(new JsonObject()
                    .put("summary", new JsonObject().put("type", "string"))
                    .put("next_steps", new JsonObject().put("type", "array")
                            .put("items", new JsonObject().put("type", "string"))),
            "summary", "next_steps");

    static final JsonObject ANALYSIS_SCHEMA = object(new JsonObject()
                    .put("probable_root_cause", new JsonObject().put("type", "string"))
                    .put("confidence", new JsonObject().put("type", "number")),
            "probable_root_cause", "confidence");

    private IncidentPrompts() {
    }

    static String classification(Incident incident) {
        return "Classify this incident: give its severity, its category and your confidence from 0 to 1.\n"
                + describe(incident);
    }

    static String enrichment(Incident incident) {
        return "Summarise this incident in at most two sentences for the on-call engineer, and list up to five "
                + "concrete next steps.\n" + describe(incident);
    }

    static String analysis(Incident incident, List<TimelineEntry> timeline) {
        StringBuilder text = new StringBuilder("Propose the most probable root cause of this incident, with your "
                + "confidence from 0 to 1.\n").append(describe(incident)).append("\nTimeline:\n");
        for (TimelineEntry entry : timeline.subList(Math.max(0, timeline.size() - 30), timeline.size())) {
            text.append("- ").append(entry.at()).append(' ').append(entry.kind()).append(" by ").append(entry.actor())
                    .append(": ").append(entry.detail()).append('\n');
        }
        return text.toString();
    }

    static String embeddingText(Incident incident) {
        return incident.source() + "\n" + incident.title() + "\n" + incident.description();
    }

    private static String describe(Incident incident) {
        return new JsonObject()
                .put("title", incident.title())
                .put("description", incident.description())
                .put("source", incident.source())
                .put("labels", new JsonObject(new java.util.LinkedHashMap<>(incident.labels())))
                .put("current_severity", incident.severity().name())
                .put("current_category", incident.category().label())
                .put("occurrences", incident.occurrenceCount())
                .encodePrettily();
    }

    private static JsonObject object(JsonObject properties, String... required) {
        return new JsonObject().put("type", "object").put("properties", properties)
                .put("required", new JsonArray(List.of(required))).put("additionalProperties", false);
    }
}
