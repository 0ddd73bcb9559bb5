package io.llmim.bootstrap;

import io.llmim.application.testing.MutableClock;
import io.llmim.bootstrap.config.ConfigLoader;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service configured with a webhook and an escalation policy: notifies on new incidents,
 * escalates an unacknowledged P0 after its timeout (on an injected clock), and keeps pending jobs
 * across a restart.
 */
class JobsEndToEndTest {

    private final Vertx vertx = Vertx.vertx();
    private final List<JsonObject> delivered = new CopyOnWriteArrayList<>();
    private final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private int receiver() throws Exception {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                request.response().setStatusCode(503).end();
                return;
            }
            delivered.add(body.toJsonObject());
            idempotencyKeys.add(String.valueOf(request.getHeader("Idempotency-Key")));
            request.response().end();
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    private IncidentManager start(TestConfig test) throws Exception {
        return IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), Map.of()), Map.of(),
                Adapters.configured().withClock(clock));
    }

    private TestConfig config(int receiverPort) {
        return TestConfig.in(dir, """
                [jobs]
                backoff_initial_millis = 1000
                # Longer than the clock jumps below: a running job's lease must not expire by the
                # test clock, or another worker legitimately retakes it and the counts double.
                lease_millis = 600000
                [[notifications.webhooks]]
                name = "oncall"
                url = "http://127.0.0.1:%d/hook"
                format = "generic"
                min_severity = "P2"
                [[escalation.policies]]
                severities = ["P0"]
                ack_timeout_seconds = 300
                notify = ["oncall"]
                """.formatted(receiverPort));
    }

    private List<String> events() {
        return delivered.stream().map(body -> body.getString("event") + " " + body.getJsonObject("incident")
                .getString("title")).toList();
    }

    @Test
    void new_incidents_are_notified_and_an_unacknowledged_p0_escalates_after_its_timeout() throws Exception {
        TestConfig test = config(receiver());
        try (IncidentManager manager = start(test)) {
            Http.postJson(test.api() + "/v1/incidents", "{\"source\": \"llm-edge-agent\", \"title\": \"gateway down\", "
                    + "\"severity\": \"P0\", \"category\": \"availability\"}");
            String acknowledged = new JsonObject(Http.postJson(test.api() + "/v1/incidents", "{\"source\": \"llm-shield\", "
                    + "\"title\": \"jailbreak wave\", \"severity\": \"P0\", \"category\": \"security\"}").body()).getString("id");
            Http.post(test.api() + "/v1/incidents/" + acknowledged + "/acknowledge");
            await().atMost(Duration.ofSeconds(20)).until(() -> events().size() == 2);
            assertThat(events()).containsExactlyInAnyOrder("created gateway down", "created jailbreak wave");

            clock.advance(Duration.ofSeconds(299));
            clock.advance(Duration.ofSeconds(2));

            await().atMost(Duration.ofSeconds(20)).until(() -> events().contains("escalated-0 gateway down"));
            assertThat(events()).doesNotContain("escalated-0 jailbreak wave");
            assertThat(idempotencyKeys).as("one key per incident and event").hasSize(3).doesNotHaveDuplicates()
                    .allMatch(key -> key.matches("[0-9a-f-]{36}"));
            // A job's success is counted after its delivery is recorded and noted on the timeline.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Http.get(test.metrics()).body())
                    .contains("jobs_total{job_type=\"escalation\",status=\"success\"} 2.0")
                    .contains("jobs_total{job_type=\"notification\",status=\"success\"} 3.0"));
        }
    }

    @Test
    void a_notification_that_failed_is_retried_and_survives_a_restart() throws Exception {
        failuresToAnswer.set(1);
        TestConfig test = config(receiver());
        try (IncidentManager first = start(test)) {
            Http.postJson(test.api() + "/v1/incidents", "{\"source\": \"llm-sentinel\", \"title\": \"latency\", "
                    + "\"severity\": \"P1\", \"category\": \"performance\"}");
            await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(test.metrics()).body()
                    .contains("jobs_total{job_type=\"notification\",status=\"retry\"} 1.0"));
        }
        assertThat(delivered).isEmpty();

        try (IncidentManager second = start(test)) {
            clock.advance(Duration.ofSeconds(2));
            await().atMost(Duration.ofSeconds(20)).until(() -> events().contains("created latency"));
        }
    }

    @Test
    void finished_jobs_are_pruned_once_past_their_retention() throws Exception {
        TestConfig test = TestConfig.in(dir, """
                [retention]
                done_jobs_hours = 1
                prune_interval_seconds = 1
                """);
        try (IncidentManager manager = start(test)) {
            Http.postJson(test.api() + "/v1/incidents", "{\"source\": \"llm-sentinel\", \"title\": \"latency\"}");
            await().atMost(Duration.ofSeconds(20)).until(() -> doneJobs(test) == 2);

            clock.advance(Duration.ofMinutes(61));

            await().atMost(Duration.ofSeconds(20)).until(() -> doneJobs(test) == 0);
        }
    }

    private static int doneJobs(TestConfig test) {
        return new JsonObject(Http.get(test.api() + "/v1/jobs?status=done").body()).getJsonArray("items").size();
    }
}
