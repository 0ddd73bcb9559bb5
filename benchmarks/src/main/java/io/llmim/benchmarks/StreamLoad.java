package io.llmim.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The change stream under load (issue 16): CLIENTS Server-Sent-Events clients follow
 * {@code /v1/events} while one reporter opens REPORTS new incidents one after another. Prints the
 * new-incident rate, and the change-to-client latency (p50, p99) over every client and change: the
 * time from sending a report to a client reading its {@code created} change. Run it with 0 clients
 * and with 200 to see what the streams cost reporting.
 *
 * <p>The latency is measured on one clock: each title carries the reporter's {@link System#nanoTime()}
 * at sending. Loopback only; bounded by count and a timeout.
 *
 * <p>usage: {@code java -cp benchmarks.jar io.llmim.benchmarks.StreamLoad CLIENTS REPORTS BASE-URL [TOKEN]}
 */
public final class StreamLoad {

    private static final Pattern SENT = Pattern.compile("stream load (\\d+) ");
    private static final Duration DRAIN = Duration.ofSeconds(30);

    private StreamLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: StreamLoad CLIENTS REPORTS BASE-URL [BEARER-TOKEN]");
            System.exit(2);
        }
        int clients = Integer.parseInt(args[0]);
        int reports = Integer.parseInt(args[1]);
        String base = args[2];
        String token = args.length > 3 ? args[3] : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong received = new AtomicLong();
        CountDownLatch connected = new CountDownLatch(clients);
        List<java.util.concurrent.CompletableFuture<?>> streams = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            streams.add(http.sendAsync(stream(base + "/v1/events", token).GET().build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                        connected.countDown();
                        response.body().forEach(line -> {
                            Matcher sent = SENT.matcher(line);
                            if (line.startsWith("data:") && line.contains("\"kind\":\"created\"") && sent.find()) {
                                latencies.add(System.nanoTime() - Long.parseLong(sent.group(1)));
                                received.incrementAndGet();
                            }
                        });
                    }));
        }
        if (!connected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(connected.getCount() + " of " + clients + " streams did not connect");
        }

        long failures = 0;
        long started = System.nanoTime();
        for (int r = 0; r < reports; r++) {
            String body = "{\"source\":\"stream-load\",\"title\":\"stream load " + System.nanoTime() + " " + r
                    + "\",\"severity\":\"P3\",\"category\":\"performance\"}";
            HttpResponse<Void> response = http.send(request(base + "/v1/incidents", token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 201) {
                failures++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        long expected = (long) clients * (reports - failures);
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (received.get() < expected && System.nanoTime() < deadline) {
            // Polling the count of a benchmark's own results, not waiting in a test.
            Thread.sleep(10);
        }
        streams.forEach(stream -> stream.cancel(true));

        System.out.printf("clients=%d reports=%d failed=%d rate=%.1f incidents/s%n", clients, reports, failures,
                reports / seconds);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (clients > 0) {
            System.out.printf("changes received %d of %d; change-to-client latency p50=%.2f ms p99=%.2f ms max=%.2f ms%n",
                    sorted.length, expected, percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        }
        System.exit(0);
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    // No timeout: a stream's response never ends by itself.
    private static HttpRequest.Builder stream(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

}
