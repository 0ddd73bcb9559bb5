package io.llmim.application.job;

import io.llmim.application.incident.IncidentClock;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.IncidentServices;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationJobTest {

    private final IncidentServices services = IncidentServices.inMemory();
    private final InMemoryJobStore jobs = new InMemoryJobStore();
    private final IncidentFollowUps.EscalationPolicy policy = new IncidentFollowUps.EscalationPolicy(
            Set.of(Severity.P1), Duration.ofMinutes(5), List.of("oncall", "manager"));
    private final EscalationJob escalation = new EscalationJob(List.of(policy), jobs,
            new IncidentClock(services.clock()), services.changes());

    private Incident stored() {
        Incident incident = anIncident().build();
        services.repository().add(incident);
        return incident;
    }

    private static Job escalate(Incident incident, int policy) {
        return JobFixtures.claimed(JobType.ESCALATION, incident.id(), Map.of("policy", String.valueOf(policy)));
    }

    private List<TimelineEntryKind> timeline(Incident incident) {
        return services.repository().timeline(incident.id()).stream().map(TimelineEntry::kind).toList();
    }

    @Test
    void an_incident_still_new_is_escalated_and_each_target_notified() {
        Incident incident = stored();

        escalation.handle(escalate(incident, 0));

        assertThat(timeline(incident)).endsWith(TimelineEntryKind.ESCALATED);
        assertThat(jobs.list(JobStatus.QUEUED, 10)).extracting(job -> job.payload().get("webhook"))
                .containsExactlyInAnyOrder("oncall", "manager");
    }

    @Test
    void an_acknowledged_incident_is_left_alone() {
        Incident incident = stored();
        services.lifecycle().acknowledge(incident.id(), "alice");

        escalation.handle(escalate(incident, 0));

        assertThat(timeline(incident)).doesNotContain(TimelineEntryKind.ESCALATED);
        assertThat(jobs.list(JobStatus.QUEUED, 10)).isEmpty();
    }

    @Test
    void a_policy_that_is_no_longer_configured_fails_for_good() {
        Incident incident = stored();

        assertThatThrownBy(() -> escalation.handle(escalate(incident, 1)))
                .isInstanceOfSatisfying(JobFailedException.class,
                        e -> assertThat(e.type()).isEqualTo(JobErrorType.VALIDATION_ERROR));
    }
}
