package io.llmim.application.incident;

import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.application.testing.RecordingMetricsPort;
import io.llmim.application.testing.StubIncidentAnalyst;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;
import org.junit.jupiter.api.Test;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

class EnrichIncidentServiceTest {

    private final InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
    private final RecordingMetricsPort metrics = new RecordingMetricsPort();

    private EnrichIncidentService service(StubIncidentAnalyst model) {
        return new EnrichIncidentService(incidents, model, model,
                new IncidentChanges(incidents, UnitOfWork.none(), new IncidentClock(MutableClock.at("2026-08-01T10:00:00Z")),
                        metrics));
    }

    private Incident stored(Incident incident) {
        incidents.add(incident);
        return incident;
    }

    @Test
    void the_models_verdict_replaces_the_rules_and_moves_the_active_gauge() {
        Incident incident = stored(anIncident().from(anEvent().unclassified().withTitle("odd")).build());

        service(new StubIncidentAnalyst()).enrich(incident.id());

        Incident enriched = incidents.findById(incident.id()).orElseThrow();
        assertThat(enriched.severity()).isEqualTo(Severity.P1);
        assertThat(enriched.classifiedBy()).isEqualTo(StubIncidentAnalyst.NAME);
        assertThat(metrics.calls()).anyMatch(call -> call.startsWith("reclassified"));
    }

    @Test
    void a_failing_model_leaves_the_rules_verdict_and_says_so() {
        Incident incident = stored(anIncident().from(anEvent().unclassified().withTitle("odd")).build());

        service(new StubIncidentAnalyst().failingWith(LlmErrorType.TIMEOUT)).enrich(incident.id());

        Incident after = incidents.findById(incident.id()).orElseThrow();
        assertThat(after.classifiedBy()).isEqualTo("rules");
        assertThat(incidents.timeline(incident.id())).filteredOn(e -> e.kind() == TimelineEntryKind.NOTE)
                .extracting(TimelineEntry::detail)
                .anyMatch(detail -> detail.contains("timeout") && detail.contains("classified by rules"));
    }
}
