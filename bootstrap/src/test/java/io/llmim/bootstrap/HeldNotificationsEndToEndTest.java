package io.llmim.bootstrap;

import io.llmim.application.testing.MutableClock;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as configured, with a webhook: a silence holds the notification of an incident it
 * matches (the timeline says so) while other incidents are notified; once the silence is expired,
 * the held notification goes out and the webhook hears that the silence ended over a firing incident.
 * An active maintenance window and an inhibiting incident hold the same way (the timeline, the
 * incident view and the alerts view name them; the metric counts holds by reason), until the window
 * is deleted or the inhibiting incident resolves. The clock is advanced past the hold's re-check
 * delay instead of waiting for it.
 */
class HeldNotificationsEndToEndTest {

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @RegisterExtension
    final WebhookReceiver receiver = new WebhookReceiver();

    @TempDir
    Path dir;

    @Test
    void a_silenced_incidents_notification_waits_for_the_silence_to_end() throws Exception {
        TestConfig test = TestConfig.in(dir, receiver.webhook("P4"));
        try (IncidentManager manager = test.start(clock)) {
            String silence = new JsonObject(Http.postJson(test.api() + "/api/v2/silences", """
                    {"matchers": [{"name": "source", "value": "llm-edge-agent", "isRegex": false}],
                     "startsAt": "%s", "endsAt": "%s", "createdBy": "alice", "comment": "gateway rollout"}"""
                    .formatted(clock.instant(), clock.instant().plus(Duration.ofHours(1)))).body()).getString("silenceID");

            String silenced = Incidents.report(test.api(), "llm-edge-agent", "gateway down");
            Incidents.report(test.api(), "llm-shield", "jailbreak wave");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.events().contains("created jailbreak wave"));
            await().atMost(Duration.ofSeconds(20)).until(() -> !Incidents.heldEntries(test.api(), silenced).isEmpty());
            assertThat(receiver.events()).doesNotContain("created gateway down");
            assertThat(Incidents.heldEntries(test.api(), silenced).get(0)).contains("held: silenced by " + silence);

            assertThat(Http.delete(test.api() + "/api/v2/silence/" + silence).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.events().contains("created gateway down")
                    && receiver.events().contains("silence-expired " + silence + " gateway down"));
            assertThat(receiver.events()).doesNotContain("silence-expired " + silence + " jailbreak wave");
        }
    }

    @Test
    void an_active_maintenance_window_holds_a_notification_until_the_window_is_deleted() throws Exception {
        TestConfig test = TestConfig.in(dir, receiver.webhook("P4"));
        try (IncidentManager manager = test.start(clock)) {
            String window = new JsonObject(Http.postJson(test.api() + "/v1/maintenance-windows", """
                    {"name": "gateway rollout", "matchers": ["source=\\"llm-edge-agent\\""], "time_intervals": [{}]}""")
                    .body()).getString("id");

            String held = Incidents.report(test.api(), "llm-edge-agent", "gateway down");
            Incidents.report(test.api(), "llm-shield", "jailbreak wave");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.events().contains("created jailbreak wave"));
            await().atMost(Duration.ofSeconds(20)).until(() -> !Incidents.heldEntries(test.api(), held).isEmpty());
            assertThat(receiver.events()).doesNotContain("created gateway down");
            assertThat(Incidents.heldEntries(test.api(), held).get(0)).contains("held: maintenance by " + window);
            JsonObject view = new JsonObject(Http.get(test.api() + "/v1/incidents/" + held).body());
            assertThat(view.getJsonArray("silenced_by")).containsExactly(window);
            assertThat(view.getJsonArray("held_by")).containsExactly(new JsonObject()
                    .put("reason", "maintenance").put("by", new JsonArray().add(window)));
            assertThat(Http.get(test.metrics()).body()).contains("notifications_held_total{reason=\"maintenance\"} 1.0");

            assertThat(Http.delete(test.api() + "/v1/maintenance-windows/" + window).statusCode()).isEqualTo(204);
            clock.advance(Duration.ofMinutes(1));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.events().contains("created gateway down"));
        }
    }

    @Test
    void an_active_source_incident_inhibits_a_matching_target_until_it_resolves() throws Exception {
        TestConfig test = TestConfig.in(dir, receiver.webhook("P4") + """
                [[integrations.alertmanager.inhibit_rules]]
                source_matchers = ['alertname="ClusterDown"']
                target_matchers = ['alertname="HighLatency"']
                equal = ["cluster"]
                """);
        try (IncidentManager manager = test.start(clock)) {
            postAlert(test, "ClusterDown", "critical", Optional.empty());
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.events().contains("created ClusterDown eu"));
            String source = incidentTitled(test, "ClusterDown eu");

            postAlert(test, "HighLatency", "warning", Optional.empty());
            await().atMost(Duration.ofSeconds(20)).until(() -> incidentTitled(test, "HighLatency eu") != null);
            String target = incidentTitled(test, "HighLatency eu");
            await().atMost(Duration.ofSeconds(20)).until(() -> !Incidents.heldEntries(test.api(), target).isEmpty());
            assertThat(receiver.events()).doesNotContain("created HighLatency eu");
            assertThat(Incidents.heldEntries(test.api(), target).get(0)).contains("held: inhibited by " + source);
            JsonObject status = alertNamed(test, "HighLatency").getJsonObject("status");
            assertThat(status.getString("state")).isEqualTo("suppressed");
            assertThat(status.getJsonArray("inhibitedBy")).containsExactly(source);
            assertThat(new JsonObject(Http.get(test.api() + "/v1/incidents/" + target).body()).getJsonArray("held_by"))
                    .containsExactly(new JsonObject().put("reason", "inhibited").put("by", new JsonArray().add(source)));
            assertThat(Http.get(test.metrics()).body()).contains("notifications_held_total{reason=\"inhibited\"} 1.0");

            postAlert(test, "ClusterDown", "critical", Optional.of(clock.instant().minusSeconds(1)));
            clock.advance(Duration.ofMinutes(1));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.events().contains("created HighLatency eu"));
            assertThat(alertNamed(test, "HighLatency").getJsonObject("status").getString("state")).isEqualTo("active");
        }
    }

    private void postAlert(TestConfig test, String name, String severity, Optional<Instant> endsAt) {
        JsonObject alert = new JsonObject()
                .put("labels", new JsonObject().put("alertname", name).put("severity", severity).put("cluster", "eu"))
                .put("annotations", new JsonObject().put("summary", name + " eu"))
                .put("startsAt", clock.instant().minusSeconds(60).toString());
        endsAt.ifPresent(end -> alert.put("endsAt", end.toString()));
        assertThat(Http.postJson(test.api() + "/api/v2/alerts", new JsonArray().add(alert).encode()).statusCode())
                .isEqualTo(200);
    }

    private static String incidentTitled(TestConfig test, String title) {
        return new JsonObject(Http.get(test.api() + "/v1/incidents").body()).getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(incident -> incident.getString("title").equals(title))
                .map(incident -> incident.getString("id")).findFirst().orElse(null);
    }

    private static JsonObject alertNamed(TestConfig test, String name) {
        return new JsonArray(Http.get(test.api() + "/api/v2/alerts").body()).stream().map(JsonObject.class::cast)
                .filter(alert -> alert.getJsonObject("labels").getString("alertname").equals(name))
                .findFirst().orElseThrow();
    }
}
