package io.llmim.application.incident;

import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.StubIncidentAnalyst;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static io.llmim.domain.TimelineEntryKind.ANALYZED;
import static io.llmim.domain.TimelineEntryKind.NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalyzeIncidentServiceTest {

    private final IncidentServices services = IncidentServices.inMemory();
    private final StubIncidentAnalyst model = new StubIncidentAnalyst();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final AnalyzeIncidentService analysis = new AnalyzeIncidentService(services.repository(), model,
            scheduled::add, services.changes());

    private Incident stored() {
        Incident incident = anIncident().build();
        services.repository().add(incident);
        return incident;
    }

    private TimelineEntry lastEntry(Incident incident) {
        List<TimelineEntry> timeline = services.repository().timeline(incident.id());
        return timeline.get(timeline.size() - 1);
    }

    @Test
    void a_request_only_schedules_the_analysis() {
        Incident incident = stored();

        analysis.request(incident.id());

        assertThat(scheduled).hasSize(1);
        assertThat(services.repository().timeline(incident.id())).extracting(TimelineEntry::kind).doesNotContain(ANALYZED);
    }

    @Test
    void a_request_for_an_unknown_incident_is_refused_before_scheduling() {
        assertThatThrownBy(() -> analysis.request(IncidentId.of(UUID.randomUUID())))
                .isInstanceOf(IncidentNotFoundException.class);
        assertThat(scheduled).isEmpty();
    }

    @Test
    void the_models_answer_lands_on_the_timeline_with_its_confidence() {
        Incident incident = stored();

        analysis.analyze(incident.id());

        assertThat(lastEntry(incident).kind()).isEqualTo(ANALYZED);
        assertThat(lastEntry(incident).detail()).isEqualTo("probable root cause: a new prompt template (confidence 0.70)");
    }

    @Test
    void a_failed_analysis_is_noted_with_its_cause() {
        Incident incident = stored();
        model.failingWith(LlmErrorType.TIMEOUT);

        analysis.analyze(incident.id());

        assertThat(lastEntry(incident).kind()).isEqualTo(NOTE);
        assertThat(lastEntry(incident).detail()).startsWith("root-cause analysis unavailable (");
    }
}
