package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole lifecycle of an incident over real HTTP. */
class IncidentLifecycleApiTest {

    private static final String EVENT = """
            {"source": "llm-sentinel", "title": "p95 latency above SLO", "severity": "P1",
             "category": "performance", "labels": {"service": "chat"}}""";

    private ApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = ApiServer.open(new RecordingHttpMetrics());
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private String reportedId() {
        return api.post("/v1/incidents", EVENT).json().get("id").asText();
    }

    @Test
    void a_new_event_is_created_with_its_location() {
        ApiServer.Reply reply = api.post("/v1/incidents", EVENT);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode incident = reply.json();
        assertThat(reply.headers().get("Location")).isEqualTo("/v1/incidents/" + incident.get("id").asText());
        assertThat(incident.get("state").asText()).isEqualTo("NEW");
        assertThat(incident.get("severity").asText()).isEqualTo("P1");
        assertThat(incident.get("category").asText()).isEqualTo("performance");
        assertThat(incident.get("labels").get("service").asText()).isEqualTo("chat");
        assertThat(incident.get("deduplicated").asBoolean()).isFalse();
        assertThat(reply.contentType()).startsWith("application/json");
    }

    @Test
    void the_occurrence_time_the_sender_gives_shows_as_first_and_last_occurred_at() {
        JsonNode incident = api.post("/v1/incidents", """
                {"source": "llm-sentinel", "title": "GPU node lost", "occurred_at": "2026-03-01T09:59:30Z"}""")
                .json();

        assertThat(incident.get("first_occurred_at").asText()).isEqualTo("2026-03-01T09:59:30Z");
        assertThat(incident.get("last_occurred_at").asText()).isEqualTo("2026-03-01T09:59:30Z");
    }

    @Test
    void without_an_occurrence_time_first_and_last_occurred_at_are_null() {
        JsonNode incident = api.post("/v1/incidents", EVENT).json();

        assertThat(incident.get("first_occurred_at").isNull()).isTrue();
        assertThat(incident.get("last_occurred_at").isNull()).isTrue();
    }

    @Test
    void a_repeat_is_merged_and_says_so() {
        String id = reportedId();

        ApiServer.Reply reply = api.post("/v1/incidents", EVENT);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id").asText()).isEqualTo(id);
        assertThat(reply.json().get("deduplicated").asBoolean()).isTrue();
        assertThat(reply.json().get("occurrence_count").asInt()).isEqualTo(2);
    }

    @Test
    void an_incident_reads_back_by_id() {
        String id = reportedId();

        ApiServer.Reply reply = api.get("/v1/incidents/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("id").asText()).isEqualTo(id);
        assertThat(reply.json().has("deduplicated")).isFalse();
    }

    @Test
    void every_move_of_the_lifecycle_answers_the_incident_in_its_new_state() {
        String id = reportedId();

        assertThat(api.post("/v1/incidents/" + id + "/acknowledge").json().get("state").asText())
                .isEqualTo("ACKNOWLEDGED");
        assertThat(api.post("/v1/incidents/" + id + "/start").json().get("state").asText())
                .isEqualTo("IN_PROGRESS");
        JsonNode resolved = api.post("/v1/incidents/" + id + "/resolve",
                "{\"note\": \"rolled back\", \"root_cause\": \"bad deploy\"}").json();
        assertThat(resolved.get("state").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("root_cause").asText()).isEqualTo("bad deploy");
        assertThat(api.post("/v1/incidents/" + id + "/reopen").json().get("state").asText())
                .isEqualTo("IN_PROGRESS");
        api.post("/v1/incidents/" + id + "/resolve");
        assertThat(api.post("/v1/incidents/" + id + "/close").json().get("state").asText()).isEqualTo("CLOSED");
    }

    @Test
    void the_timeline_lists_what_happened_with_who_did_it() {
        String id = reportedId();
        api.clock.advance(Duration.ofMinutes(1));
        api.send(io.vertx.core.http.HttpMethod.POST, "/v1/incidents/" + id + "/acknowledge", null, null,
                java.util.Map.of("X-Actor", "alice"));

        JsonNode timeline = api.get("/v1/incidents/" + id + "/timeline").json();

        assertThat(timeline.get("items")).hasSize(2);
        assertThat(timeline.get("items").get(1).get("kind").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(timeline.get("items").get(1).get("actor").asText()).isEqualTo("alice");
        assertThat(timeline.get("items").get(1).get("at").asText()).isEqualTo("2026-07-01T08:01:00Z");
    }

    @Test
    void an_analysis_is_accepted_and_lands_on_the_timeline() {
        String id = reportedId();

        ApiServer.Reply reply = api.post("/v1/incidents/" + id + "/analysis");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().get("status").asText()).isEqualTo("accepted");
        assertThat(api.get("/v1/incidents/" + id + "/timeline").json().get("items").findValuesAsText("kind"))
                .contains("ANALYZED");
        assertThat(api.post("/v1/incidents/3f2b8c1e-9d4a-4f6b-8c2e-1a2b3c4d5e6f/analysis").status()).isEqualTo(404);
    }

    @Test
    void an_incident_shows_the_incidents_it_is_related_to() {
        String first = reportedId();
        String second = api.post("/v1/incidents", EVENT.replace("p95", "p99")).json().get("id").asText();
        api.correlationGroups.join(snapshot(second), snapshot(first), "same service chat");

        JsonNode incident = api.get("/v1/incidents/" + first).json();

        assertThat(incident.get("related")).hasSize(1);
        assertThat(incident.get("related").get(0).get("id").asText()).isEqualTo(second);
        assertThat(incident.get("related").get(0).get("reason").asText()).isEqualTo("same service chat");
        assertThat(incident.get("related_total").asInt()).isEqualTo(1);
        assertThat(incident.get("related_next").isNull()).isTrue();
    }

    @Test
    void an_incident_shows_its_twenty_newest_related_incidents_and_where_the_rest_are() {
        String first = groupedWithNewer(25);

        JsonNode incident = api.get("/v1/incidents/" + first).json();

        assertThat(incident.get("related")).hasSize(20);
        assertThat(incident.get("related_total").asInt()).isEqualTo(25);
        JsonNode rest = api.get(incident.get("related_next").asText()).json();
        assertThat(rest.get("items")).hasSize(5);
        assertThat(rest.get("total").asInt()).isEqualTo(25);
        assertThat(rest.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void related_incidents_page_by_limit_and_cursor() {
        String first = groupedWithNewer(3);

        JsonNode page = api.get("/v1/incidents/" + first + "/related?limit=2").json();
        JsonNode last = api.get("/v1/incidents/" + first + "/related?limit=2&cursor="
                + page.get("next_cursor").asText()).json();

        assertThat(page.get("items")).hasSize(2);
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("next_cursor").isNull()).isTrue();
        assertThat(api.get("/v1/incidents/" + first + "/related?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/v1/incidents/3f2b8c1e-9d4a-4f6b-8c2e-1a2b3c4d5e6f/related").status()).isEqualTo(404);
    }

    /** An incident correlation grouped with {@code members} newer ones. */
    private String groupedWithNewer(int members) {
        String first = reportedId();
        for (int i = 0; i < members; i++) {
            api.clock.advance(java.time.Duration.ofSeconds(1));
            String member = api.post("/v1/incidents", EVENT.replace("p95", "p" + i)).json().get("id").asText();
            api.correlationGroups.join(snapshot(member), snapshot(first), "same service chat");
        }
        return first;
    }

    private io.llmim.domain.IncidentSnapshot snapshot(String id) {
        return api.repository.findById(new io.llmim.domain.IncidentId(id)).orElseThrow().snapshot();
    }

    @Test
    void dead_jobs_are_listed_with_their_last_error() {
        api.jobs.enqueue(new io.llmim.application.port.in.Job.NewJob(io.llmim.application.port.in.JobType.NOTIFICATION,
                io.llmim.application.port.in.JobQueue.HIGH_PRIORITY, java.util.Map.of("webhook", "oncall"),
                java.time.Instant.parse("2026-07-01T08:00:00Z"), null));
        var claim = api.jobs.claimNext(io.llmim.application.port.in.JobQueue.HIGH_PRIORITY,
                java.time.Instant.parse("2026-07-01T08:00:00Z"), java.time.Duration.ofMinutes(1)).orElseThrow();
        api.jobs.bury(claim, "validation_error: oncall answered 404");

        JsonNode dead = api.get("/v1/jobs?status=dead").json().get("items");

        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).get("last_error").asText()).isEqualTo("validation_error: oncall answered 404");
        assertThat(api.get("/v1/jobs?status=sleeping").status()).isEqualTo(400);
    }

    @Test
    void a_dead_job_is_retried_and_waits_in_its_queue_again() {
        api.jobs.enqueue(new io.llmim.application.port.in.Job.NewJob(io.llmim.application.port.in.JobType.NOTIFICATION,
                io.llmim.application.port.in.JobQueue.HIGH_PRIORITY, java.util.Map.of("webhook", "oncall"),
                java.time.Instant.parse("2026-07-01T08:00:00Z"), null));
        api.jobs.bury(api.jobs.claimNext(io.llmim.application.port.in.JobQueue.HIGH_PRIORITY,
                java.time.Instant.parse("2026-07-01T08:00:00Z"), java.time.Duration.ofMinutes(1)).orElseThrow(), "timeout");
        String id = api.get("/v1/jobs?status=dead").json().get("items").get(0).get("id").asText();

        ApiServer.Reply retried = api.post("/v1/jobs/" + id + "/retry");

        assertThat(retried.status()).isEqualTo(202);
        assertThat(api.get("/v1/jobs?status=dead").json().get("items")).isEmpty();
        assertThat(api.get("/v1/jobs?status=queued").json().get("items").get(0).get("attempts").asInt()).isZero();
    }

    @Test
    void retrying_a_job_that_is_not_dead_is_404() {
        ApiServer.Reply reply = api.post("/v1/jobs/no-such-job/retry");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("detail").asText()).isEqualTo("no dead job no-such-job");
    }

    @Test
    void the_list_pages_newest_first_and_filters() {
        for (int i = 0; i < 3; i++) {
            api.clock.advance(Duration.ofSeconds(1));
            api.post("/v1/incidents", EVENT.replace("p95 latency", "incident " + i));
        }
        api.post("/v1/incidents", EVENT.replace("\"P1\"", "\"P3\"").replace("p95", "other"));

        JsonNode first = api.get("/v1/incidents?severity=P1&limit=2").json();
        JsonNode second = api.get("/v1/incidents?severity=P1&limit=2&cursor=" + first.get("next_cursor").asText())
                .json();

        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("title").asText()).isEqualTo("incident 2 above SLO");
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("next_cursor").isNull()).isTrue();
    }
}
