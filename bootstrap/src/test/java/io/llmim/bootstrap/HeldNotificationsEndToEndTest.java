package io.llmim.bootstrap;

import io.llmim.application.testing.MutableClock;
import io.llmim.bootstrap.config.ConfigLoader;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service as configured, with a webhook: a silence holds the notification of an incident it
 * matches (the timeline says so) while other incidents are notified; once the silence is expired,
 * the held notification goes out and the webhook hears that the silence ended over a firing incident.
 */
class HeldNotificationsEndToEndTest {

    private final Vertx vertx = Vertx.vertx();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private int receiver() throws Exception {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            JsonObject notice = body.toJsonObject();
            delivered.add(notice.getString("event") + " " + notice.getJsonObject("incident").getString("title"));
            request.response().end();
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    private static String report(TestConfig test, String source, String title) {
        return new JsonObject(Http.postJson(test.api() + "/v1/incidents", "{\"source\": \"" + source
                + "\", \"title\": \"" + title + "\", \"severity\": \"P1\"}").body()).getString("id");
    }

    private static List<String> heldEntries(TestConfig test, String incident) {
        JsonArray items = new JsonObject(Http.get(test.api() + "/v1/incidents/" + incident + "/timeline").body())
                .getJsonArray("items");
        return items.stream().map(JsonObject.class::cast).filter(entry -> entry.getString("kind").equals("HELD"))
                .map(entry -> entry.getString("detail")).toList();
    }

    private static int delete(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void a_silenced_incidents_notification_waits_for_the_silence_to_end() throws Exception {
        TestConfig test = TestConfig.in(dir, """
                [[notifications.webhooks]]
                name = "oncall"
                url = "http://127.0.0.1:%d/hook"
                format = "generic"
                min_severity = "P4"
                """.formatted(receiver()));
        try (IncidentManager manager = IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), Map.of()),
                Map.of(), Adapters.configured().withClock(clock))) {
            String silence = new JsonObject(Http.postJson(test.api() + "/api/v2/silences", """
                    {"matchers": [{"name": "source", "value": "llm-edge-agent", "isRegex": false}],
                     "startsAt": "%s", "endsAt": "%s", "createdBy": "alice", "comment": "gateway rollout"}"""
                    .formatted(clock.instant(), clock.instant().plus(Duration.ofHours(1)))).body()).getString("silenceID");

            String silenced = report(test, "llm-edge-agent", "gateway down");
            report(test, "llm-shield", "jailbreak wave");
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered.contains("created jailbreak wave"));
            await().atMost(Duration.ofSeconds(20)).until(() -> !heldEntries(test, silenced).isEmpty());
            assertThat(delivered).doesNotContain("created gateway down");
            assertThat(heldEntries(test, silenced).get(0)).contains("held: silenced by " + silence);

            assertThat(delete(test.api() + "/api/v2/silence/" + silence)).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));

            await().atMost(Duration.ofSeconds(30)).until(() -> delivered.contains("created gateway down")
                    && delivered.contains("silence-expired " + silence + " gateway down"));
            assertThat(delivered).doesNotContain("silence-expired " + silence + " jailbreak wave");
        }
    }
}
