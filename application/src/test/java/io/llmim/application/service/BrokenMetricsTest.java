package io.llmim.application.service;

import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.testing.ThrowingMetricsPort;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentState;
import org.junit.jupiter.api.Test;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** A metrics port that throws on every call changes no use case's outcome. */
class BrokenMetricsTest {

    private final ThrowingMetricsPort metrics = new ThrowingMetricsPort();
    private final IncidentServices services = IncidentServices.inMemory(metrics);

    @Test
    void reporting_and_deduplicating_still_work() {
        ReportOutcome first = services.report().report(anEvent().build());
        ReportOutcome second = services.report().report(anEvent().build());

        assertThat(first).isInstanceOf(ReportOutcome.Created.class);
        assertThat(second).isInstanceOf(ReportOutcome.Deduplicated.class);
        assertThat(second.incident().occurrenceCount()).isEqualTo(2);
        assertThat(metrics.calls()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void every_lifecycle_move_still_works() {
        IncidentId id = services.report().report(anEvent().build()).incident().id();

        services.lifecycle().acknowledge(id, "alice");
        services.lifecycle().start(id, "alice");
        services.lifecycle().resolve(id, "alice", null, null);
        services.lifecycle().reopen(id, "alice");
        services.lifecycle().resolve(id, "alice", null, null);
        services.lifecycle().close(id, "alice");

        assertThat(services.queries().get(id).state()).isEqualTo(IncidentState.CLOSED);
        assertThat(services.queries().get(id).version()).isEqualTo(7);
    }
}
