package io.llmim.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many clients reporting one event at once: the hot-fingerprint scenario of issue 19. Each client
 * sends its reports one after another (a closed loop, as an agent retrying would), spread
 * round-robin over the instances given. Prints the status counts, the latency percentiles and
 * whether the incident's {@code occurrence_count} equals the number of accepted reports.
 *
 * <p>Why not wrk: wrk runs for a duration, while exactness needs a known number of reports and a
 * per-request status tally. Bounded by count and a per-request timeout; loopback only.
 *
 * <p>usage: {@code java -cp benchmarks.jar io.llmim.benchmarks.HotFingerprintLoad CLIENTS REPORTS URL [URL...]}
 */
public final class HotFingerprintLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"occurrence_count\"\\s*:\\s*(\\d+)");

    private HotFingerprintLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: HotFingerprintLoad CLIENTS REPORTS-PER-CLIENT BASE-URL [BASE-URL...]");
            System.exit(2);
        }
        int clients = Integer.parseInt(args[0]);
        int reports = Integer.parseInt(args[1]);
        List<String> bases = Arrays.asList(args).subList(2, args.length);
        String title = "hot fingerprint " + System.nanoTime();
        String body = "{\"source\":\"hot\",\"title\":\"" + title + "\",\"severity\":\"P2\",\"category\":\"availability\"}";

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        long[][] latencies = new long[clients][reports];
        AtomicReference<String> incidentId = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    for (int r = 0; r < reports; r++) {
                        String base = bases.get((client + r) % bases.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/incidents"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long t0 = System.nanoTime();
                        String status;
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            status = String.valueOf(response.statusCode());
                            Matcher id = ID.matcher(response.body());
                            if (response.statusCode() / 100 == 2 && id.find()) {
                                incidentId.compareAndSet(null, id.group(1));
                            }
                        } catch (java.io.IOException e) {
                            status = e.getClass().getSimpleName();
                        }
                        latencies[client][r] = System.nanoTime() - t0;
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;

        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        long accepted = statuses.entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                .mapToLong(e -> e.getValue().get()).sum();
        System.out.printf("clients=%d reports/client=%d instances=%d total=%d in %.1f s (%.0f/s)%n",
                clients, reports, bases.size(), all.length, seconds, all.length / seconds);
        System.out.println("statuses: " + new TreeMap<>(statuses));
        System.out.printf("latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", percentile(all, 0.50),
                percentile(all, 0.90), percentile(all, 0.99), all[all.length - 1] / 1e6);
        String id = incidentId.get();
        if (id != null) {
            HttpResponse<String> incident = http.send(HttpRequest.newBuilder(URI.create(bases.get(0)
                    + "/v1/incidents/" + id)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher count = COUNT.matcher(incident.body());
            long occurrences = count.find() ? Long.parseLong(count.group(1)) : -1;
            System.out.printf("occurrence_count=%d accepted=%d exact=%s%n", occurrences, accepted,
                    occurrences == accepted);
        }
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
