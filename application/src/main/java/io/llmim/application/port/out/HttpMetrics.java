package io.llmim.application.port.out;

/**
 * Measures the HTTP API (spec 2.1). {@code path} is always a route template such as
 * {@code /v1/incidents/:id}, or {@code unknown} for a request no route matched, never a raw path.
 * Every {@link #requestStarted} is followed by exactly one {@link #requestCompleted} with the same
 * method and path. Implementations must be cheap, thread-safe and must not throw.
 *
 * <p>Called by the HTTP adapter (its request handling), never by the application; it is an outbound
 * port only because adapters-metrics implements it and adapters may not know each other.
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
