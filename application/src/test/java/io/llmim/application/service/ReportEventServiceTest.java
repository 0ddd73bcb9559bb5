package io.llmim.application.service;

import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.testing.RecordingMetricsPort;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

class ReportEventServiceTest {

    private final RecordingMetricsPort metrics = new RecordingMetricsPort();
    private final IncidentServices services = IncidentServices.inMemory(metrics);

    @Test
    void a_first_event_opens_a_new_incident() {
        ReportOutcome outcome = services.report().report(anEvent().withSeverity(Severity.P1).build());

        assertThat(outcome).isInstanceOf(ReportOutcome.Created.class);
        assertThat(outcome.incident().state()).isEqualTo(IncidentState.NEW);
        assertThat(outcome.incident().version()).isEqualTo(1);
        assertThat(metrics.calls()).containsExactly("created P1 llm-sentinel performance");
    }

    @Test
    void a_repeat_merges_into_the_active_incident() {
        ReportOutcome first = services.report().report(anEvent().build());
        services.clock().advance(Duration.ofSeconds(45));

        ReportOutcome second = services.report().report(anEvent().build());

        assertThat(second).isInstanceOf(ReportOutcome.Deduplicated.class);
        assertThat(second.incident().id()).isEqualTo(first.incident().id());
        assertThat(second.incident().occurrenceCount()).isEqualTo(2);
        assertThat(second.incident().lastSeenAt()).isEqualTo(services.clock().instant());
        assertThat(metrics.calls()).containsExactly("created P2 llm-sentinel performance",
                "deduplicated llm-sentinel");
    }

    @Test
    void a_repeat_after_resolution_opens_a_new_incident() {
        ReportOutcome first = services.report().report(anEvent().build());
        services.lifecycle().resolve(first.incident().id(), "alice", null, null);

        ReportOutcome second = services.report().report(anEvent().build());

        assertThat(second).isInstanceOf(ReportOutcome.Created.class);
        assertThat(second.incident().id()).isNotEqualTo(first.incident().id());
    }

    @Test
    void an_unclassified_event_is_classified_by_the_rules() {
        ReportOutcome outcome = services.report().report(anEvent().unclassified()
                .withSource("llm-shield").withTitle("Jailbreak attempt detected").build());

        assertThat(outcome.incident().category()).isEqualTo(Category.SECURITY);
        assertThat(outcome.incident().severity()).isEqualTo(Severity.P1);
        assertThat(outcome.incident().classifiedBy()).isEqualTo("rules");
    }
}
