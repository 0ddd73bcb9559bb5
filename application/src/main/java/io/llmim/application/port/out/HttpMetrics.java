package io.llmim.application.port.out;

/**
 * Measures the HTTP API (the {@code http_*} families of docs/metrics.md). Called by the HTTP adapter
 * ({@code adapters-http}, from the router's first handlers), never by the core: it is an outbound
 * port all the same so that the driving adapter reaches the metrics adapter through the application
 * ring, and neither adapter depends on the other.
 *
 * <p>{@code path} is always a route template such as {@code /v1/incidents/:id}, or {@code unknown}
 * for a request no route matched, never a raw path. Every {@link #requestStarted} is followed by
 * exactly one {@link #requestCompleted} with the same method and path. Implementations must be
 * cheap and thread-safe; what bootstrap hands out never throws (the metrics adapter contains
 * recording failures), so callers do not catch.
 */
public interface HttpMetrics {

    /** A request entered the server: it is now in flight. */
    void requestStarted(String method, String path);

    /**
     * A response was sent: no longer in flight; counted with its status, latency and body sizes
     * ({@code -1} when a size is unknown, e.g. a chunked body that never ended).
     */
    void requestCompleted(String method, String path, int status, long durationNanos,
                          long requestBytes, long responseBytes);

    static HttpMetrics noOp() {
        return NoOpMetrics.INSTANCE;
    }
}
