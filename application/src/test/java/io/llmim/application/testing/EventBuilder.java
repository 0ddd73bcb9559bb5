package io.llmim.application.testing;

import io.llmim.domain.Category;
import io.llmim.domain.Event;
import io.llmim.domain.Severity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test data: {@code anEvent().withSeverity(P1).build()}; every field has a sensible default. */
public final class EventBuilder {

    private String source = "llm-sentinel";
    private String title = "p95 latency above SLO on gpt-4 route";
    private String description = "p95 latency 2.4s over the last 5 minutes";
    private Severity severity = Severity.P2;
    private Category category = Category.PERFORMANCE;
    private String dedupKey;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private Instant occurredAt;

    private EventBuilder() {
    }

    public static EventBuilder anEvent() {
        return new EventBuilder();
    }

    public EventBuilder withSource(String source) {
        this.source = source;
        return this;
    }

    public EventBuilder withTitle(String title) {
        this.title = title;
        return this;
    }

    public EventBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public EventBuilder withSeverity(Severity severity) {
        this.severity = severity;
        return this;
    }

    public EventBuilder withCategory(Category category) {
        this.category = category;
        return this;
    }

    /** Leaves severity and category to the classifier. */
    public EventBuilder unclassified() {
        this.severity = null;
        this.category = null;
        return this;
    }

    public EventBuilder withDedupKey(String dedupKey) {
        this.dedupKey = dedupKey;
        return this;
    }

    public EventBuilder withLabel(String key, String value) {
        labels.put(key, value);
        return this;
    }

    public EventBuilder occurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return this;
    }

    public Event build() {
        return new Event(source, title, description, severity, category, dedupKey, labels, occurredAt);
    }
}
