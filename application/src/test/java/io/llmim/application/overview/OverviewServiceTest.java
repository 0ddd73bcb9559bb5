package io.llmim.application.overview;

import io.llmim.application.job.JobAdministrationService;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobQueuesQuery;
import io.llmim.application.port.in.OverviewQuery;
import io.llmim.application.port.out.CircuitBreakerState;
import io.llmim.application.port.out.LanguageModelStatus;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.MutableClock;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

class OverviewServiceTest {

    private final MutableClock clock = MutableClock.at("2026-07-01T12:00:00Z");
    private final InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
    private int opened;
    private final JobQueuesQuery queues = new JobAdministrationService(new InMemoryJobStore(), clock);

    private OverviewQuery overviewWith(LanguageModelStatus model) {
        return new OverviewService(incidents, queues, model, clock);
    }

    @Test
    void active_incidents_are_counted_per_severity_with_the_others_at_zero() {
        stored(Severity.P0, clock.instant());
        stored(Severity.P0, clock.instant());
        Incident resolved = stored(Severity.P2, clock.instant());
        resolved.resolve("alice", clock.instant().plusSeconds(5), null, null);
        incidents.update(resolved);

        var active = overviewWith(LanguageModelStatus.none()).overview().activeBySeverity();

        assertThat(active).containsEntry(Severity.P0, 2L).containsEntry(Severity.P2, 0L).hasSize(Severity.values().length);
    }

    @Test
    void response_times_count_the_incidents_created_in_the_last_day_only() {
        Incident yesterday = stored(Severity.P1, clock.instant().minus(Duration.ofHours(25)));
        yesterday.acknowledge("alice", clock.instant().minus(Duration.ofHours(20)));
        incidents.update(yesterday);
        Incident today = stored(Severity.P1, clock.instant().minus(Duration.ofMinutes(10)));
        today.acknowledge("alice", clock.instant().minus(Duration.ofMinutes(6)));
        incidents.update(today);

        var times = overviewWith(LanguageModelStatus.none()).overview().lastDay();

        assertThat(times.meanTimeToAcknowledge()).contains(Duration.ofMinutes(4));
        assertThat(times.meanTimeToResolve()).isEmpty();
    }

    @Test
    void the_models_breaker_is_read_from_the_model_status() {
        LanguageModelStatus halfOpen = () -> Optional.of(
                new LanguageModelStatus.ModelBreaker("openai", "gpt-4", CircuitBreakerState.HALF_OPEN));

        assertThat(overviewWith(halfOpen).overview().model())
                .isEqualTo(new OverviewQuery.ModelState("openai", "gpt-4", OverviewQuery.Breaker.HALF_OPEN));
    }

    @Test
    void with_no_model_configured_the_overview_says_so() {
        assertThat(overviewWith(LanguageModelStatus.none()).overview().model()).isEqualTo(OverviewQuery.ModelState.NONE);
    }

    @Test
    void every_job_queue_has_its_depth() {
        assertThat(overviewWith(LanguageModelStatus.none()).overview().queues())
                .extracting(JobQueuesQuery.QueueDepth::queue).containsExactly(JobQueue.values());
    }

    private Incident stored(Severity severity, Instant openedAt) {
        Incident incident = anIncident().openedAt(openedAt).from(anEvent().withTitle("incident " + ++opened)
                .withSeverity(severity)).build();
        incidents.add(incident);
        return incident;
    }
}
