package io.llmim.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A client of {@code GET /v1/events} for tests: reads the stream on a thread of its own and keeps
 * every event it got, in order, until closed.
 */
final class EventStreamClient implements AutoCloseable {

    /** One event as received; {@code id} is null for the stream's own notices. */
    record Event(String id, String event, String data) {

        long position() {
            return Long.parseLong(id);
        }
    }

    private final List<Event> events = new ArrayList<>();
    private int heartbeats;
    private final InputStream body;
    private final Thread reader;

    private EventStreamClient(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "event-stream-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribes to {@code url}, resuming after {@code lastEventId} when given. */
    static EventStreamClient open(String url, Optional<String> lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        lastEventId.ifPresent(id -> request.header("Last-Event-ID", id));
        try {
            HttpResponse<InputStream> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            return new EventStreamClient(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static EventStreamClient open(String url) {
        return open(url, Optional.empty());
    }

    /** Every event received so far, in order. */
    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** The changes received so far (events with an id), in order. */
    List<Event> changes() {
        return events().stream().filter(event -> event.id() != null).toList();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (event != null) {
                        add(new Event(id, event, data.toString()));
                    }
                    id = null;
                    event = null;
                    data.setLength(0);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                } else if (line.equals(": heartbeat")) {
                    heartbeat();
                }
            }
        } catch (IOException e) {
            // Closed by close(), or by the server.
        }
    }

    /** How many heartbeat comments arrived so far. */
    synchronized int heartbeats() {
        return heartbeats;
    }

    private synchronized void heartbeat() {
        heartbeats++;
    }

    private synchronized void add(Event event) {
        events.add(event);
    }

    @Override
    public void close() throws Exception {
        body.close();
        reader.join(5_000);
    }
}
