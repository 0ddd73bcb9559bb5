package io.llmim.bootstrap;

import io.llmim.adapter.http.webhook.VertxWebhookSender;
import io.llmim.adapter.jobs.JobExecutor;
import io.llmim.application.job.JobHandler;
import io.llmim.application.job.JobRunner;
import io.llmim.application.job.NotificationJob;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.MutableClock;
import io.llmim.application.testing.RecordingJobMetrics;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntryKind;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notification job, its runtime and the webhook sender against a real receiver on loopback that
 * counts deliveries by their {@code Idempotency-Key}, with the stores failing where a job can fail
 * after its webhook was delivered.
 */
class NotificationOnceTest {

    private final Vertx vertx = Vertx.vertx();
    private final List<String> deliveries = new CopyOnWriteArrayList<>();
    private final MutableClock clock = MutableClock.at("2026-06-01T09:00:00Z");
    private final FailingReads incidents = new FailingReads();
    private final FailingRecords jobs = new FailingRecords();
    private final IncidentServices services = IncidentServices.over(incidents, MetricsPort.noOp(), clock);

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Fails the {@code n}-th incident read from now, once, as a store that is briefly out of reach. */
    private static final class FailingReads extends InMemoryIncidentRepository {
        private final AtomicInteger readsBeforeFailure = new AtomicInteger(-1);

        void failRead(int n) {
            readsBeforeFailure.set(n - 1);
        }

        @Override
        public Optional<Incident> findById(IncidentId id) {
            if (readsBeforeFailure.getAndDecrement() == 0) {
                throw new StoreUnavailableException("reading incidents", null);
            }
            return super.findById(id);
        }
    }

    /** Fails the next delivery record, once. */
    private static final class FailingRecords extends InMemoryJobStore {
        private final AtomicBoolean failNextRecord = new AtomicBoolean();

        @Override
        public synchronized boolean recordDelivery(String idempotencyKey, Instant at) {
            if (failNextRecord.getAndSet(false)) {
                throw new StoreUnavailableException("recording a delivery", null);
            }
            return super.recordDelivery(idempotencyKey, at);
        }
    }

    private String receiver() throws Exception {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            deliveries.add(request.getHeader("Idempotency-Key"));
            request.response().end();
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return "http://127.0.0.1:" + server.actualPort() + "/hook";
    }

    /** One instance's job runtime with the notification job to {@code oncall}, driven attempt by attempt. */
    private JobExecutor runtime() throws Exception {
        WebhookSender.Webhook oncall = new WebhookSender.Webhook("oncall", receiver(), "generic", Severity.P4);
        Map<JobType, JobHandler> handlers = Map.of(JobType.NOTIFICATION, new NotificationJob(incidents, List.of(oncall),
                new VertxWebhookSender(vertx, Duration.ofSeconds(5)), jobs, clock, services.changes()));
        return new JobExecutor(new JobRunner(jobs, handlers, clock, new RecordingJobMetrics()),
                new JobExecutor.Settings(1, 5, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(10),
                        Duration.ofMillis(10), Duration.ofSeconds(10), Duration.ofSeconds(3)), () -> 1.0);
    }

    private Incident notifiedOnce() {
        Incident incident = anIncident().build();
        incidents.add(incident);
        jobs.enqueue(new Job.NewJob(JobType.NOTIFICATION, JobQueue.HIGH_PRIORITY, Map.of("incident_id",
                incident.id().value(), "webhook", "oncall", "event", "created"), clock.instant(), null));
        return incident;
    }

    /** Runs the job's first attempt, which fails, then its retry. */
    private void attemptTwice(JobExecutor runtime) {
        assertThat(runtime.runOnce()).isTrue();
        assertThat(jobs.list(JobStatus.QUEUED, 10)).as("the first attempt failed and waits for a retry").hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(runtime.runOnce()).isTrue();
        assertThat(jobs.list(JobStatus.DONE, 10)).hasSize(1);
    }

    @Test
    void a_job_that_failed_on_the_store_after_its_delivery_is_retried_without_delivering_again() throws Exception {
        JobExecutor runtime = runtime();
        Incident incident = notifiedOnce();
        incidents.failRead(2); // the first read finds the incident to send, the second annotates the timeline

        attemptTwice(runtime);

        assertThat(deliveries).hasSize(1);
        assertThat(incidents.timeline(incident.id())).filteredOn(entry -> entry.kind() == TimelineEntryKind.NOTIFIED)
                .hasSize(1);
    }

    @Test
    void a_delivery_that_could_not_be_recorded_is_repeated_with_the_same_idempotency_key() throws Exception {
        JobExecutor runtime = runtime();
        notifiedOnce();
        jobs.failNextRecord.set(true);

        attemptTwice(runtime);

        assertThat(deliveries).hasSize(2).doesNotContainNull();
        assertThat(deliveries.get(1)).isEqualTo(deliveries.get(0));
    }
}
