package io.llmim.application.job;

import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.incident.EnrichIncidentService;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.incident.ReportEventService;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.job.JobHandler;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.application.testing.InMemoryCorrelationGroups;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.RandomIncidentIdGenerator;
import io.llmim.application.testing.RecordingJobMetrics;
import io.llmim.application.testing.StubIncidentAnalyst;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentId;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** The work queued for a new incident, run by the job runner on an injected clock. */
class IncidentFollowUpsTest {

    private final IncidentServices services = IncidentServices.inMemory(MetricsPort.noOp());
    private final InMemoryJobStore jobs = new InMemoryJobStore();
    private final InMemoryCorrelationGroups groups = new InMemoryCorrelationGroups();
    private final List<String> delivered = new ArrayList<>();
    // Titles about GPUs point one way, everything else another: similar texts, similar vectors.
    private final io.llmim.application.port.out.TextEmbedder embedder = text -> io.llmim.application.port.out.LlmOutcome
            .answered(text.contains("GPU") ? new float[] {1f, 0.05f} : new float[] {0f, 1f});
    private final WebhookSender.Webhook oncall = new WebhookSender.Webhook("oncall", "http://127.0.0.1:9/hook",
            "generic", Severity.P2);
    private final IncidentFollowUps.EscalationPolicy policy = new IncidentFollowUps.EscalationPolicy(
            Set.of(Severity.P0, Severity.P1), Duration.ofSeconds(300), List.of("oncall"));
    private final ReportEventService report = new ReportEventService(services.repository(),
            new RandomIncidentIdGenerator(), new IncidentClock(services.clock()), services.changes(),
            new IncidentFollowUps(jobs, services.clock(), Severity.P4, List.of(oncall), List.of(policy)));
    private static final Duration LEASE = Duration.ofMinutes(1);
    private final JobRunner runner;

    IncidentFollowUpsTest() {
        IncidentClock clock = new IncidentClock(services.clock());
        StubIncidentAnalyst model = new StubIncidentAnalyst();
        Map<JobType, JobHandler> handlers = new EnumMap<>(JobType.class);
        handlers.put(JobType.ENRICHMENT, new EnrichmentJob(new EnrichIncidentService(services.repository(), model, model,
                services.changes())));
        handlers.put(JobType.NOTIFICATION, new NotificationJob(services.repository(), List.of(oncall),
                (webhook, incident, event, key) -> delivered.add(webhook.name() + " " + event + " " + incident.title()),
                jobs, services.clock(), services.changes()));
        handlers.put(JobType.ESCALATION, new EscalationJob(List.of(policy), jobs, clock, services.changes()));
        handlers.put(JobType.CORRELATION, new CorrelationJob(services.repository(), groups, Duration.ofSeconds(600), embedder));
        runner = new JobRunner(jobs, handlers, services.clock(), new RecordingJobMetrics());
    }

    // What the job runtime does, minus its threads: every due job, highest priority first.
    private void drain() {
        for (Optional<Job> job = nextDue(); job.isPresent(); job = nextDue()) {
            runner.perform(job.get());
            runner.succeeded(job.get(), 0);
        }
    }

    private Optional<Job> nextDue() {
        return Arrays.stream(JobQueue.values()).map(queue -> runner.claimNext(queue, LEASE))
                .flatMap(Optional::stream).findFirst();
    }

    private IncidentId reportP0(String title) {
        return report.report(anEvent().withTitle(title).withSeverity(Severity.P0).build()).incident().id();
    }

    private List<TimelineEntryKind> timeline(IncidentId id) {
        return services.queries().timeline(id).stream().map(TimelineEntry::kind).toList();
    }

    private List<IncidentLink> related(IncidentId incident) {
        return groups.related(incident, 100, null).items();
    }

    @Test
    void a_new_incident_is_enriched_and_notified() {
        IncidentId id = reportP0("gateway down");

        drain();

        assertThat(delivered).containsExactly("oncall created gateway down");
        assertThat(timeline(id)).contains(TimelineEntryKind.ENRICHED, TimelineEntryKind.NOTIFIED);
    }

    @Test
    void an_unacknowledged_incident_escalates_after_its_timeout_and_not_before() {
        IncidentId id = reportP0("gateway down");
        drain();

        services.clock().advance(Duration.ofSeconds(299));
        drain();
        assertThat(timeline(id)).doesNotContain(TimelineEntryKind.ESCALATED);

        services.clock().advance(Duration.ofSeconds(1));
        drain();
        assertThat(timeline(id)).containsOnlyOnce(TimelineEntryKind.ESCALATED);
        assertThat(delivered).contains("oncall escalated-0 gateway down");

        services.clock().advance(Duration.ofHours(1));
        drain();
        assertThat(timeline(id)).containsOnlyOnce(TimelineEntryKind.ESCALATED);
    }

    @Test
    void acknowledging_in_time_stops_the_escalation() {
        IncidentId id = reportP0("gateway down");
        drain();
        services.lifecycle().acknowledge(id, "alice");

        services.clock().advance(Duration.ofSeconds(301));
        drain();

        assertThat(timeline(id)).doesNotContain(TimelineEntryKind.ESCALATED);
        assertThat(delivered).containsExactly("oncall created gateway down");
    }

    @Test
    void a_less_severe_incident_is_neither_escalated_nor_notified_below_the_webhooks_minimum() {
        ReportOutcome outcome = report.report(anEvent().withSeverity(Severity.P4).build());
        services.clock().advance(Duration.ofHours(1));
        drain();

        assertThat(delivered).isEmpty();
        assertThat(timeline(outcome.incident().id())).doesNotContain(TimelineEntryKind.ESCALATED);
    }

    @Test
    void incidents_with_similar_text_are_related_through_embeddings() {
        IncidentId first = report.report(anEvent().withTitle("GPU memory exhausted on node 7").withSource("a")
                .withCategory(Category.PERFORMANCE).build()).incident().id();
        IncidentId second = report.report(anEvent().withTitle("GPU out of memory on node 9").withSource("b")
                .withCategory(Category.AVAILABILITY).build()).incident().id();
        IncidentId unrelated = report.report(anEvent().withTitle("token budget spent").withSource("c")
                .withCategory(Category.COST).build()).incident().id();

        drain();

        assertThat(related(second)).singleElement().satisfies(link -> {
            assertThat(link.related()).isEqualTo(first);
            assertThat(link.reason()).startsWith("similar text (cosine 1.00");
        });
        assertThat(related(unrelated)).isEmpty();
    }

    @Test
    void incidents_of_one_source_and_category_within_the_window_are_related() {
        IncidentId first = report.report(anEvent().withTitle("one").withCategory(Category.COST).build()).incident().id();
        services.clock().advance(Duration.ofSeconds(60));
        IncidentId second = report.report(anEvent().withTitle("two").withCategory(Category.COST).build()).incident().id();
        services.clock().advance(Duration.ofHours(2));
        IncidentId late = report.report(anEvent().withTitle("three").withCategory(Category.COST).build()).incident().id();

        drain();

        assertThat(related(second)).extracting(IncidentLink::related).containsExactly(first);
        assertThat(related(late)).isEmpty();
        assertThat(jobs.list(JobStatus.DEAD, 10)).isEmpty();
    }
}
