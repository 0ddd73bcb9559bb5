package io.llmim.bootstrap;

import io.llmim.application.testing.MutableClock;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service configured with a webhook and an escalation policy: notifies on new incidents,
 * escalates an unacknowledged P0 after its timeout (on an injected clock), and keeps pending jobs
 * across a restart.
 */
class JobsEndToEndTest {

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

    @RegisterExtension
    final WebhookReceiver receiver = new WebhookReceiver();

    @TempDir
    Path dir;

    private TestConfig config() {
        return TestConfig.in(dir, """
                [jobs]
                backoff_initial_millis = 1000
                # Longer than the clock jumps below: a running job's lease must not expire by the
                # test clock, or another worker legitimately retakes it and the counts double.
                lease_millis = 600000
                [[escalation.policies]]
                severities = ["P0"]
                ack_timeout_seconds = 300
                notify = ["oncall"]
                """ + receiver.webhook("P2"));
    }

    @Test
    void new_incidents_are_notified_and_an_unacknowledged_p0_escalates_after_its_timeout() throws Exception {
        TestConfig test = config();
        try (IncidentManager manager = test.start(clock)) {
            Http.postJson(test.api() + "/v1/incidents", "{\"source\": \"llm-edge-agent\", \"title\": \"gateway down\", "
                    + "\"severity\": \"P0\", \"category\": \"availability\"}");
            String acknowledged = new JsonObject(Http.postJson(test.api() + "/v1/incidents", "{\"source\": \"llm-shield\", "
                    + "\"title\": \"jailbreak wave\", \"severity\": \"P0\", \"category\": \"security\"}").body()).getString("id");
            Http.post(test.api() + "/v1/incidents/" + acknowledged + "/acknowledge");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.events().size() == 2);
            assertThat(receiver.events()).containsExactlyInAnyOrder("created gateway down", "created jailbreak wave");

            clock.advance(Duration.ofSeconds(299));
            clock.advance(Duration.ofSeconds(2));

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.events().contains("escalated-0 gateway down"));
            assertThat(receiver.events()).doesNotContain("escalated-0 jailbreak wave");
            assertThat(receiver.idempotencyKeys()).as("one key per incident and event").hasSize(3).doesNotHaveDuplicates()
                    .allMatch(key -> key.matches("[0-9a-f-]{36}"));
            // A job's success is counted after its delivery is recorded and noted on the timeline.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Http.get(test.metrics()).body())
                    .contains("jobs_total{job_type=\"escalation\",status=\"success\"} 2.0")
                    .contains("jobs_total{job_type=\"notification\",status=\"success\"} 3.0"));
        }
    }

    @Test
    void a_notification_that_failed_is_retried_and_survives_a_restart() throws Exception {
        receiver.failNext(1);
        TestConfig test = config();
        try (IncidentManager first = test.start(clock)) {
            Http.postJson(test.api() + "/v1/incidents", "{\"source\": \"llm-sentinel\", \"title\": \"latency\", "
                    + "\"severity\": \"P1\", \"category\": \"performance\"}");
            await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(test.metrics()).body()
                    .contains("jobs_total{job_type=\"notification\",status=\"retry\"} 1.0"));
        }
        assertThat(receiver.events()).isEmpty();

        try (IncidentManager second = test.start(clock)) {
            clock.advance(Duration.ofSeconds(2));
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.events().contains("created latency"));
        }
    }

    @Test
    void finished_jobs_are_pruned_once_past_their_retention() throws Exception {
        TestConfig test = TestConfig.in(dir, """
                [retention]
                done_jobs_hours = 1
                prune_interval_seconds = 1
                """);
        try (IncidentManager manager = test.start(clock)) {
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
