package io.llmim.application.incident;

import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.RecordingMetricsPort;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IllegalTransitionException;
import io.llmim.domain.IncidentState;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentLifecycleServiceTest {

    private final RecordingMetricsPort metrics = new RecordingMetricsPort();
    private final IncidentServices services = IncidentServices.inMemory(metrics);

    private IncidentId reported() {
        return services.report().report(anEvent().build()).incident().id();
    }

    @Test
    void acknowledging_records_the_time_to_acknowledge_from_the_clock() {
        IncidentId id = reported();
        services.clock().advance(Duration.ofMinutes(4));

        IncidentSnapshot incident = services.lifecycle().acknowledge(id, "alice");

        assertThat(incident.state()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(metrics.calls()).contains("transition NEW -> ACKNOWLEDGED", "acknowledged P2 after PT4M");
    }

    @Test
    void resolving_records_the_time_to_resolve_from_the_clock() {
        IncidentId id = reported();
        services.lifecycle().start(id, "alice");
        services.clock().advance(Duration.ofHours(3));

        services.lifecycle().resolve(id, "alice", "cache flushed", "stale config");

        assertThat(metrics.calls()).contains("resolved P2 llm-sentinel performance after PT3H");
        assertThat(services.queries().get(id).rootCause()).isEqualTo("stale config");
    }

    @Test
    void the_whole_lifecycle_is_on_the_timeline_in_order() {
        IncidentId id = reported();

        services.lifecycle().acknowledge(id, "alice");
        services.lifecycle().start(id, "alice");
        services.lifecycle().resolve(id, "alice", null, null);
        services.lifecycle().reopen(id, "bob");
        services.lifecycle().resolve(id, "bob", null, null);
        services.lifecycle().close(id, "bob");

        assertThat(services.queries().timeline(id)).extracting(TimelineEntry::kind).containsExactly(
                TimelineEntryKind.CREATED, TimelineEntryKind.ACKNOWLEDGED, TimelineEntryKind.STARTED,
                TimelineEntryKind.RESOLVED, TimelineEntryKind.REOPENED, TimelineEntryKind.RESOLVED,
                TimelineEntryKind.CLOSED);
    }

    @Test
    void an_unknown_incident_is_reported_as_not_found() {
        IncidentId unknown = IncidentId.of(UUID.randomUUID());

        assertThatThrownBy(() -> services.lifecycle().acknowledge(unknown, "alice"))
                .isInstanceOf(IncidentNotFoundException.class);
    }

    @Test
    void an_illegal_move_is_refused_and_stores_nothing() {
        IncidentId id = reported();
        services.lifecycle().resolve(id, "alice", null, null);

        assertThatThrownBy(() -> services.lifecycle().acknowledge(id, "alice"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(services.queries().get(id).version()).isEqualTo(2);
    }

    @Test
    void reopening_is_refused_while_a_newer_incident_holds_the_fingerprint() {
        IncidentId old = reported();
        services.lifecycle().resolve(old, "alice", null, null);
        reported();

        assertThatThrownBy(() -> services.lifecycle().reopen(old, "alice"))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("same fingerprint");
        assertThat(services.queries().get(old).state()).isEqualTo(IncidentState.RESOLVED);
    }
}
