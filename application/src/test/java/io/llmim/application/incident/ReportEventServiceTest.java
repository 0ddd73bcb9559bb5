package io.llmim.application.incident;

import io.llmim.application.testing.InMemoryIncidentChangeLog;

import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.application.testing.RandomIncidentIdGenerator;
import io.llmim.application.testing.RecordingMetricsPort;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void opening_and_each_stored_batch_of_repeats_are_logged_with_the_count_they_left() {
        services.report().report(anEvent().build());
        services.report().report(anEvent().build());

        assertThat(services.changeLog().all()).extracting(change -> change.kind() + " " + change.incident().occurrenceCount())
                .containsExactly("CREATED 1", "DEDUPLICATED 2");
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

    @Test
    void a_new_incident_and_its_follow_ups_are_stored_in_one_unit_of_work() {
        List<String> happened = new ArrayList<>();
        UnitOfWork recording = new UnitOfWork() {
            @Override
            public <T> T atomically(Supplier<T> work) {
                happened.add("begin");
                T result = work.get();
                happened.add("commit");
                return result;
            }
        };
        ReportEventService report = reportingThrough(recording, opened -> happened.add("follow-ups"));

        report.report(anEvent().build());

        assertThat(happened).containsExactly("begin", "follow-ups", "commit");
    }

    @Test
    void metrics_hear_of_nothing_when_the_unit_of_work_fails_to_commit() {
        UnitOfWork failingCommit = new UnitOfWork() {
            @Override
            public <T> T atomically(Supplier<T> work) {
                work.get();
                throw new StoreUnavailableException("commit failed: disk full", null);
            }
        };
        ReportEventService report = reportingThrough(failingCommit, ReportEventService.FollowUps.NONE);

        assertThatThrownBy(() -> report.report(anEvent().build())).isInstanceOf(StoreUnavailableException.class);

        assertThat(metrics.calls()).isEmpty();
    }

    private ReportEventService reportingThrough(UnitOfWork unitOfWork, ReportEventService.FollowUps followUps) {
        InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
        IncidentClock clock = new IncidentClock(MutableClock.at("2026-06-01T09:00:00Z"));
        return new ReportEventService(incidents, new RandomIncidentIdGenerator(), clock,
                new IncidentChanges(incidents, unitOfWork, clock, metrics, new InMemoryIncidentChangeLog()), followUps);
    }
}
