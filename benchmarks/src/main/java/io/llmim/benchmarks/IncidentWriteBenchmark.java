package io.llmim.benchmarks;

import io.llmim.adapter.persistence.JdbcIncidentStore;
import io.llmim.adapter.persistence.StorageSettings;
import io.llmim.adapter.persistence.TimeOrderedIds;
import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.domain.Category;
import io.llmim.domain.Classification;
import io.llmim.domain.Event;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Durable new incidents per second through the store alone, without HTTP: each operation is what
 * reporting a new event writes (look up the fingerprint, add the incident, queue its enrichment and
 * correlation jobs) in one unit of work, returning once its commit is fsynced. On SQLite the units of
 * all threads waiting at once share one commit, so the thread count sets the batch size; the
 * {@code sqlite-writer} thread is the bottleneck this measures (see BENCHMARKS.md, "Where new
 * incidents stop"). Run with {@code -t 64}; {@code -p url=jdbc:postgresql://...} for PostgreSQL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(64)
@Fork(1)
public class IncidentWriteBenchmark {

    private static final Classification SENDER = new Classification(Severity.P2, Category.PERFORMANCE, 1.0, "sender");

    /** Empty means a SQLite file in a new temporary directory. */
    @Param("")
    public String url;

    private final TimeOrderedIds ids = new TimeOrderedIds();
    private final AtomicLong events = new AtomicLong();
    private Path directory;
    private JdbcIncidentStore store;
    private UnitOfWork unitOfWork;
    private IncidentRepository incidents;
    private JobStore jobs;

    @Setup(Level.Trial)
    public void open() throws IOException {
        String storeUrl = url;
        if (storeUrl.isEmpty()) {
            directory = Files.createTempDirectory("llmim-bench");
            storeUrl = "jdbc:sqlite:" + directory.resolve("incidents.db");
        }
        store = JdbcIncidentStore.open(new StorageSettings(storeUrl, "", "", 10), "", DatabaseMetrics.noOp(),
                CacheMetrics.noOp());
        unitOfWork = store.unitOfWork();
        incidents = store.incidents();
        jobs = store.jobs();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Benchmark
    public Incident new_incident_with_its_jobs() {
        Event event = new Event("bench", "p95 latency above SLO", "", Severity.P2, Category.PERFORMANCE,
                "bench-" + events.incrementAndGet(), Map.of("service", "chat"), null);
        return unitOfWork.atomically(() -> {
            if (incidents.findActiveByFingerprint(event.fingerprint()).isPresent()) {
                throw new IllegalStateException("every event of this benchmark is new");
            }
            Instant now = Instant.now();
            Incident incident = Incident.open(ids.next(), event, SENDER, now);
            incidents.add(incident);
            String id = incident.id().value();
            jobs.enqueue(new Job.NewJob(JobType.ENRICHMENT, JobQueue.STANDARD, Map.of("incident_id", id), now,
                    "enrichment:" + id));
            jobs.enqueue(new Job.NewJob(JobType.CORRELATION, JobQueue.LOW_PRIORITY, Map.of("incident_id", id), now,
                    "correlation:" + id));
            return incident;
        });
    }
}
