package io.llmim.adapter.persistence;

import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.incident.IncidentLifecycleService;
import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.incident.ReportEventService;
import io.llmim.application.testing.RecordingMetricsPort;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IllegalTransitionException;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** Many writers at once, through the real services, against a real database. */
abstract class ConcurrencyContract {

    private static final int THREADS = 16;
    static final int HOT_THREADS = 50;
    static final int HOT_REPORTS_PER_THREAD = 200;

    protected String url;
    protected JdbcIncidentStore store;
    protected final RecordingMetricsPort metrics = new RecordingMetricsPort();
    protected ReportEventService report;
    private IncidentLifecycleService lifecycle;

    protected abstract String newDatabaseUrl();

    @BeforeEach
    void openStore() {
        url = newDatabaseUrl();
        store = Stores.open(url);
        report = reportingInto(store);
        lifecycle = new IncidentLifecycleService(new IncidentChanges(store.incidents(), store.unitOfWork(),
                new IncidentClock(Clock.systemUTC()), metrics, store.changeLog()));
    }

    /** The reporting service of one instance over {@code instanceStore}, counting into {@link #metrics}. */
    protected ReportEventService reportingInto(JdbcIncidentStore instanceStore) {
        IncidentClock clock = new IncidentClock(Clock.systemUTC());
        IncidentChanges changes = new IncidentChanges(instanceStore.incidents(), instanceStore.unitOfWork(), clock,
                metrics, instanceStore.changeLog());
        return new ReportEventService(instanceStore.incidents(), new TimeOrderedIds(), clock, changes,
                ReportEventService.FollowUps.NONE);
    }

    /** Every thread reports the same event {@code reportsEach} times, one after another, all threads at once. */
    static List<ReportOutcome> hammer(List<ReportEventService> instances, int threads, int reportsEach)
            throws Exception {
        List<List<ReportOutcome>> perThread = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        perThread.addAll(allAtOnce(threads, () -> {
            ReportEventService instance = instances.get(next.getAndIncrement() % instances.size());
            List<ReportOutcome> outcomes = new ArrayList<>(reportsEach);
            for (int i = 0; i < reportsEach; i++) {
                outcomes.add(instance.report(anEvent().build()));
            }
            return outcomes;
        }));
        return perThread.stream().flatMap(List::stream).toList();
    }

    /** What a hot fingerprint must come to: every report answered, one incident, every report counted. */
    protected void assertEveryReportCounted(List<ReportOutcome> outcomes, int reports) {
        assertThat(outcomes).hasSize(reports);
        assertThat(outcomes).filteredOn(o -> o instanceof ReportOutcome.Created).hasSize(1);
        List<IncidentSnapshot> stored = store.incidents().list(IncidentFilter.all(), 100, null).items();
        assertThat(stored).singleElement()
                .satisfies(incident -> assertThat(incident.occurrenceCount()).isEqualTo(reports));
        assertThat(metrics.calls()).filteredOn(call -> call.startsWith("deduplicated")).hasSize(reports - 1);
        assertThat(metrics.calls()).filteredOn(call -> call.startsWith("created")).hasSize(1);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static <T> List<T> allAtOnce(int threads, Callable<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_same_event_reported_at_once_makes_one_incident_and_n_minus_one_deduplications() throws Exception {
        List<ReportOutcome> outcomes = allAtOnce(THREADS, () -> report.report(anEvent().build()));

        assertThat(outcomes).filteredOn(o -> o instanceof ReportOutcome.Created).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ReportOutcome.Deduplicated).hasSize(THREADS - 1);
        List<IncidentSnapshot> stored = store.incidents().list(IncidentFilter.all(), 100, null).items();
        assertThat(stored).singleElement()
                .satisfies(incident -> assertThat(incident.occurrenceCount()).isEqualTo(THREADS));
        assertThat(metrics.calls()).filteredOn(call -> call.startsWith("deduplicated")).hasSize(THREADS - 1);
        assertThat(metrics.calls()).filteredOn(call -> call.startsWith("created")).hasSize(1);
    }

    @Test
    void a_hot_fingerprint_reported_by_many_threads_never_fails_and_counts_every_report() throws Exception {
        List<ReportOutcome> outcomes = hammer(List.of(report), HOT_THREADS, HOT_REPORTS_PER_THREAD);

        assertEveryReportCounted(outcomes, HOT_THREADS * HOT_REPORTS_PER_THREAD);
    }

    @Test
    void repeats_that_change_nothing_but_the_count_leave_the_timeline_as_it_was() throws Exception {
        List<ReportOutcome> outcomes = allAtOnce(THREADS, () -> report.report(anEvent().build()));

        IncidentId id = outcomes.get(0).incident().id();
        assertThat(store.incidents().timeline(id)).extracting(TimelineEntry::kind)
                .doesNotContain(TimelineEntryKind.DEDUPLICATED);
    }

    @Test
    void a_repeat_raising_the_severity_is_counted_once_and_on_the_timeline() {
        IncidentId id = report.report(anEvent().withSeverity(Severity.P3).build()).incident().id();

        ReportOutcome raised = report.report(anEvent().withSeverity(Severity.P0).build());

        assertThat(raised.incident().severity()).isEqualTo(Severity.P0);
        assertThat(raised.incident().occurrenceCount()).isEqualTo(2);
        assertThat(store.incidents().timeline(id)).filteredOn(e -> e.kind() == TimelineEntryKind.DEDUPLICATED)
                .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("severity raised P3 -> P0"));
        assertThat(metrics.calls()).filteredOn(call -> call.startsWith("reclassified")).hasSize(1);
    }

    @Test
    void acknowledging_a_hot_incident_does_not_conflict_with_its_reports() throws Exception {
        IncidentId id = report.report(anEvent().build()).incident().id();
        ExecutorService reporters = Executors.newSingleThreadExecutor();
        try {
            Future<List<ReportOutcome>> storm = reporters.submit(() -> hammer(List.of(report), THREADS, 50));

            IncidentSnapshot acknowledged = lifecycle.acknowledge(id, "alice");

            assertThat(acknowledged.state()).isEqualTo(IncidentState.ACKNOWLEDGED);
            assertThat(storm.get()).hasSize(THREADS * 50);
        } finally {
            reporters.shutdownNow();
        }
        assertThat(store.incidents().findById(id).orElseThrow().occurrenceCount()).isEqualTo(1 + THREADS * 50);
    }

    @Test
    void racing_acknowledge_and_resolve_never_lose_an_update() throws Exception {
        IncidentId id = report.report(anEvent().build()).incident().id();

        List<String> results = allAtOnce(THREADS, new Callable<>() {
            private int turn;

            @Override
            public String call() {
                boolean acknowledge;
                synchronized (this) {
                    acknowledge = turn++ % 2 == 0;
                }
                try {
                    if (acknowledge) {
                        lifecycle.acknowledge(id, "ack");
                        return "acknowledged";
                    }
                    lifecycle.resolve(id, "res", null, null);
                    return "resolved";
                } catch (IllegalTransitionException | ConcurrentUpdateException refused) {
                    return "refused";
                }
            }
        });

        Incident incident = store.incidents().findById(id).orElseThrow();
        List<TimelineEntry> timeline = store.incidents().timeline(id);
        long acknowledged = results.stream().filter("acknowledged"::equals).count();
        long resolved = results.stream().filter("resolved"::equals).count();
        assertThat(acknowledged).isLessThanOrEqualTo(1);
        assertThat(resolved).isEqualTo(1);
        assertThat(incident.state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(incident.version()).isEqualTo(1 + acknowledged + resolved);
        assertThat(timeline).filteredOn(e -> e.kind() == TimelineEntryKind.ACKNOWLEDGED).hasSize((int) acknowledged);
        assertThat(timeline).filteredOn(e -> e.kind() == TimelineEntryKind.RESOLVED).hasSize(1);
    }
}
