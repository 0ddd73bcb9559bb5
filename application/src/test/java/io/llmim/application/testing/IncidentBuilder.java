package io.llmim.application.testing;

import io.llmim.domain.Classification;
import io.llmim.domain.Event;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.RuleBasedClassifier;

import java.time.Instant;
import java.util.UUID;

/** Test data: a never-stored incident opened from an event, {@code anIncident().from(anEvent()...).build()}. */
public final class IncidentBuilder {

    private Event event = EventBuilder.anEvent().build();
    private IncidentId id = IncidentId.of(UUID.randomUUID());
    private Instant openedAt = Instant.parse("2026-01-01T00:00:00Z");

    private IncidentBuilder() {
    }

    public static IncidentBuilder anIncident() {
        return new IncidentBuilder();
    }

    public IncidentBuilder from(EventBuilder event) {
        this.event = event.build();
        return this;
    }

    public IncidentBuilder withId(IncidentId id) {
        this.id = id;
        return this;
    }

    public IncidentBuilder openedAt(Instant openedAt) {
        this.openedAt = openedAt;
        return this;
    }

    public IncidentBuilder openedAt(String isoInstant) {
        return openedAt(Instant.parse(isoInstant));
    }

    public Incident build() {
        Classification fallback = new RuleBasedClassifier().classify(event);
        return Incident.open(id, event, fallback, openedAt);
    }
}
