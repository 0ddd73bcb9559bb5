package io.llmim.bootstrap;

import io.llmim.adapter.persistence.PostgresServer;
import io.llmim.bootstrap.config.ConfigLoader;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /v1/events} over real HTTP on loopback, against services as they are configured. */
class ChangeStreamTest {

    private static final String FAST_POLL = """
            [stream]
            poll_millis = 50
            """;

    @TempDir
    Path dir;

    private static IncidentManager start(TestConfig test) throws Exception {
        return IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), Map.of()), Map.of(),
                Adapters.configured());
    }

    private static String event(int n) {
        return "{\"source\": \"llm-shield\", \"title\": \"prompt injection " + n + "\", \"severity\": \"P1\"}";
    }

    /** Reports {@code count} distinct events from several threads at once; each opens an incident. */
    private static void reportDistinct(TestConfig test, int from, int count) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = IntStream.range(from, from + count).mapToObj(n -> senders.submit(
                    () -> Http.postJson(test.api() + "/v1/incidents", event(n)).statusCode())).toList();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            senders.shutdown();
        }
    }

    private static List<Long> positions(List<EventStreamClient.Event> changes) {
        return changes.stream().map(EventStreamClient.Event::position).toList();
    }

    @Test
    void a_thousand_changes_arrive_in_order_with_no_gap() throws Exception {
        TestConfig test = TestConfig.in(dir, FAST_POLL);
        try (IncidentManager manager = start(test);
             EventStreamClient stream = EventStreamClient.open(test.api() + "/v1/events")) {
            reportDistinct(test, 0, 1_000);

            await().atMost(Duration.ofSeconds(30)).until(() -> created(stream.changes()).size() >= 1_000);

            // Besides the 1,000 reports, the jobs they queued (enrichment, correlation) change incidents too.
            List<Long> positions = positions(stream.changes());
            assertThat(positions).containsExactlyElementsOf(LongStream.rangeClosed(positions.get(0),
                    positions.get(positions.size() - 1)).boxed().toList());
            assertThat(created(stream.changes())).hasSize(1_000).doesNotHaveDuplicates();
            assertThat(Http.get(test.metrics()).body()).contains("event_stream_clients 1.0")
                    .containsPattern("event_stream_events_sent_total \\d{4,}");
        }
    }

    /** The titles of the incidents the changes created, in order. */
    private static List<String> created(List<EventStreamClient.Event> changes) {
        return changes.stream().filter(change -> change.event().equals("created"))
                .map(change -> new JsonObject(change.data()).getJsonObject("incident").getString("title")).toList();
    }

    @Test
    void a_client_that_reconnects_with_the_last_event_id_misses_nothing_and_gets_nothing_twice() throws Exception {
        TestConfig test = TestConfig.in(dir, FAST_POLL);
        try (IncidentManager manager = start(test)) {
            EventStreamClient first = EventStreamClient.open(test.api() + "/v1/events");
            ExecutorService reporter = Executors.newSingleThreadExecutor();
            Future<?> reports = reporter.submit(() -> {
                reportDistinct(test, 0, 300);
                return null;
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> first.changes().size() >= 50);
            first.close();
            List<EventStreamClient.Event> before = first.changes();

            try (EventStreamClient resumed = EventStreamClient.open(test.api() + "/v1/events",
                    Optional.of(before.get(before.size() - 1).id()))) {
                reports.get();
                reporter.shutdown();
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> created(before).size() + created(resumed.changes()).size() >= 300);

                assertThat(java.util.stream.Stream.concat(created(before).stream(), created(resumed.changes()).stream()))
                        .hasSize(300).doesNotHaveDuplicates();
                assertThat(positions(resumed.changes()).get(0)).isGreaterThan(before.get(before.size() - 1).position());
            }
        }
    }

    @Test
    void a_filter_sends_only_the_changes_of_matching_incidents() throws Exception {
        TestConfig test = TestConfig.in(dir, FAST_POLL);
        try (IncidentManager manager = start(test);
             EventStreamClient severe = EventStreamClient.open(test.api() + "/v1/events?severity=P0&state=NEW")) {
            Http.postJson(test.api() + "/v1/incidents", event(1));
            Http.postJson(test.api() + "/v1/incidents",
                    "{\"source\": \"llm-shield\", \"title\": \"model down\", \"severity\": \"P0\"}");

            await().atMost(Duration.ofSeconds(10)).until(() -> !severe.changes().isEmpty());

            assertThat(severe.changes()).extracting(change -> new JsonObject(change.data()).getJsonObject("incident")
                    .getString("title")).containsOnly("model down");
        }
    }

    @Test
    void a_resume_position_the_log_no_longer_keeps_gets_a_reset_first() throws Exception {
        TestConfig test = TestConfig.in(dir, FAST_POLL);
        try (IncidentManager manager = start(test);
             EventStreamClient stream = EventStreamClient.open(test.api() + "/v1/events?last_event_id=4242")) {
            Http.postJson(test.api() + "/v1/incidents", event(1));

            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.changes().isEmpty());

            assertThat(stream.events().get(0).event()).isEqualTo("reset");
            assertThat(stream.events().get(1).event()).isEqualTo("created");
        }
    }

    @Test
    void an_idle_stream_gets_heartbeats() throws Exception {
        TestConfig test = TestConfig.in(dir, """
                [stream]
                poll_millis = 50
                heartbeat_seconds = 1
                """);
        try (IncidentManager manager = start(test);
             EventStreamClient stream = EventStreamClient.open(test.api() + "/v1/events")) {
            await().atMost(Duration.ofSeconds(5)).until(() -> stream.heartbeats() >= 2);
        }
    }

    @Test
    void the_stream_asks_for_the_api_token_when_tokens_are_configured() throws Exception {
        TestConfig test = TestConfig.in(dir, FAST_POLL);
        try (IncidentManager manager = IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), Map.of()),
                Map.of("LLMIM_API_TOKENS", "s3cret"), Adapters.configured())) {
            assertThat(Http.get(test.api() + "/v1/events").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void a_change_made_on_one_instance_is_streamed_by_another_sharing_postgresql() throws Exception {
        String database = PostgresServer.shared().createDatabase();
        Files.createDirectories(dir.resolve("one"));
        Files.createDirectories(dir.resolve("two"));
        TestConfig one = TestConfig.in(dir.resolve("one"), database, "");
        TestConfig two = TestConfig.in(dir.resolve("two"), database, "");
        try (IncidentManager first = start(one);
             IncidentManager second = start(two);
             EventStreamClient streamOfTheSecond = EventStreamClient.open(two.api() + "/v1/events")) {
            String id = new JsonObject(Http.postJson(one.api() + "/v1/incidents", event(1)).body()).getString("id");
            Http.post(one.api() + "/v1/incidents/" + id + "/acknowledge");

            // The default poll interval (250 ms) plus the time to send.
            await().atMost(Duration.ofSeconds(1)).until(() -> streamOfTheSecond.changes().stream()
                    .anyMatch(change -> change.event().equals("transitioned")));

            List<EventStreamClient.Event> lifecycle = streamOfTheSecond.changes().stream()
                    .filter(change -> List.of("created", "transitioned").contains(change.event())).toList();
            assertThat(lifecycle).extracting(EventStreamClient.Event::event).containsExactly("created", "transitioned");
            assertThat(new JsonObject(lifecycle.get(1).data()).getJsonObject("incident").getString("state"))
                    .isEqualTo("ACKNOWLEDGED");
        }
    }

    @Test
    void a_client_that_stops_reading_is_dropped_and_reports_keep_being_answered_at_once() throws Exception {
        TestConfig test = TestConfig.in(dir, """
                [stream]
                poll_millis = 50
                max_lag_changes = 50
                """);
        String longReport = "{\"source\": \"llm-shield\", \"title\": \"flood\", \"severity\": \"P1\", \"description\": \""
                + "x".repeat(16_000) + "\"}";
        try (IncidentManager manager = start(test); Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4_096);
            stalled.connect(new InetSocketAddress("127.0.0.1", test.apiPort()));
            OutputStream request = stalled.getOutputStream();
            request.write("GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            request.flush();
            await().until(() -> Http.get(test.metrics()).body().contains("event_stream_clients 1.0"));

            long slowest = 0;
            for (int i = 0; i < 1_000 && !Http.get(test.metrics()).body().contains("event_stream_clients 0.0"); i++) {
                long started = System.nanoTime();
                int status = Http.postJson(test.api() + "/v1/incidents", longReport).statusCode();
                slowest = Math.max(slowest, System.nanoTime() - started);
                assertThat(status).isBetween(200, 201);
            }

            assertThat(Http.get(test.metrics()).body()).contains("event_stream_clients_dropped_total 1.0",
                    "event_stream_clients 0.0");
            assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(1));
        }
    }
}
