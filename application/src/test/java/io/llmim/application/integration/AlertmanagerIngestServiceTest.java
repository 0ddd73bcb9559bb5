package io.llmim.application.integration;

import io.llmim.application.port.in.IngestAlertmanagerUseCase.Outcome;
import io.llmim.application.port.in.IngestAlertmanagerUseCase;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.testing.AlertmanagerNotificationBuilder;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentState;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.llmim.application.testing.AlertmanagerNotificationBuilder.aNotification;
import static org.assertj.core.api.Assertions.assertThat;

class AlertmanagerIngestServiceTest {

    private final IncidentServices services = IncidentServices.inMemory(MetricsPort.noOp());
    private final InMemoryJobStore jobs = new InMemoryJobStore();
    private final AlertmanagerIngestService alertmanager = new AlertmanagerIngestService(services.report(),
            services.lifecycle(), services.repository(), new InMemoryAlertMemberRepository(),
            AlertSeverityMapping.defaults(), jobs, services.clock());

    private int incidentCount() {
        return services.queries().list(IncidentFilter.all(), 100, null).items().size();
    }

    @Test
    void a_firing_group_becomes_one_incident_titled_by_its_summary() {
        IncidentSnapshot incident = alertmanager.ingestNow(aNotification().firing("a1", "warning").firing("a2", "critical").build())
                .orElseThrow();

        assertThat(incident.title()).isEqualTo("p99 latency above 2s on chat");
        assertThat(incident.severity()).isEqualTo(Severity.P1);
        assertThat(incident.source()).isEqualTo("alertmanager");
        assertThat(incident.labels()).containsEntry("service", "chat");
        assertThat(incidentCount()).isEqualTo(1);
    }

    @Test
    void the_same_notification_twice_only_counts_an_occurrence() {
        alertmanager.ingestNow(aNotification().firing("a1", "critical").build());

        IncidentSnapshot again = alertmanager.ingestNow(aNotification().firing("a1", "critical").build()).orElseThrow();

        assertThat(incidentCount()).isEqualTo(1);
        assertThat(again.occurrenceCount()).isEqualTo(2);
    }

    @Test
    void the_incident_resolves_only_when_every_member_has_resolved() {
        alertmanager.ingestNow(aNotification().firing("a1", "critical").firing("a2", "critical").build());

        IncidentSnapshot partly = alertmanager.ingestNow(aNotification().firing("a2", "critical").resolved("a1").build())
                .orElseThrow();
        assertThat(partly.state()).isEqualTo(IncidentState.NEW);

        IncidentSnapshot done = alertmanager.ingestNow(aNotification().resolved("a2").build()).orElseThrow();
        assertThat(done.state()).isEqualTo(IncidentState.RESOLVED);
    }

    @Test
    void a_resolved_notification_for_a_group_without_an_open_incident_changes_nothing() {
        assertThat(alertmanager.ingestNow(aNotification().resolved("a1").build())).isEmpty();
        assertThat(incidentCount()).isZero();
    }

    @Test
    void the_source_label_names_the_source_and_groups_stay_apart() {
        alertmanager.ingestNow(aNotification().group("g1").commonLabels(Map.of("source", "llm-shield"))
                .firing("a1", "warning").build());
        alertmanager.ingestNow(aNotification().group("g2").firing("a1", "warning").build());

        assertThat(services.queries().list(IncidentFilter.all(), 100, null).items())
                .extracting(IncidentSnapshot::source).containsExactlyInAnyOrder("llm-shield", "alertmanager");
    }

    @Test
    void the_mapping_is_configurable_word_by_word() {
        AlertSeverityMapping mapping = new AlertSeverityMapping(Map.of("critical", Severity.P0), Severity.P4);

        assertThat(mapping.map("critical")).isEqualTo(Severity.P0);
        assertThat(mapping.map("warning")).isEqualTo(Severity.P3);
        assertThat(mapping.map("whatever")).isEqualTo(Severity.P4);
        assertThat(mapping.map("p2")).isEqualTo(Severity.P2);
    }

    private static AlertmanagerNotificationBuilder manyAlerts() {
        AlertmanagerNotificationBuilder notification = aNotification();
        for (int i = 0; i <= IngestAlertmanagerUseCase.INLINE_ALERTS; i++) {
            notification.firing("a" + i, i == 7 ? "critical" : "warning");
        }
        return notification;
    }

    @Test
    void a_few_alerts_are_taken_at_once() {
        Outcome outcome = alertmanager.ingest(aNotification().firing("a1", "critical").build());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Ingested.class,
                ingested -> assertThat(ingested.incident()).isPresent());
        assertThat(jobs.list(JobStatus.QUEUED, 10)).isEmpty();
    }

    @Test
    void many_alerts_are_queued_and_open_nothing_yet() {
        Outcome outcome = alertmanager.ingest(manyAlerts().build());

        assertThat(outcome).isInstanceOf(Outcome.Queued.class);
        assertThat(jobs.list(JobStatus.QUEUED, 10)).singleElement()
                .satisfies(job -> assertThat(job.type()).isEqualTo(JobType.ALERT_BATCH));
        assertThat(incidentCount()).isZero();
    }

    @Test
    void the_alert_batch_job_takes_the_queued_notification_as_sent() {
        alertmanager.ingest(manyAlerts().build());
        Job queued = jobs.claimNext(JobQueue.HIGH_PRIORITY, services.clock().instant(), Duration.ofMinutes(1))
                .orElseThrow();

        new AlertBatchJob(alertmanager).handle(queued);

        IncidentSnapshot incident = services.queries().list(IncidentFilter.all(), 10, null).items().get(0);
        assertThat(incident.severity()).isEqualTo(Severity.P1);
        assertThat(incident.state()).isEqualTo(IncidentState.NEW);
    }
}
