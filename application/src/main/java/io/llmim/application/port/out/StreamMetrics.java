package io.llmim.application.port.out;

/**
 * Measures the live change stream (the {@code event_stream_*} families of docs/metrics.md): who is
 * connected, what they were sent, who was dropped for falling too far behind. Called by the HTTP
 * adapter that serves the stream. Implementations must be thread-safe; what bootstrap hands out
 * never throws.
 */
public interface StreamMetrics {

    void clientConnected();

    /** A client that was connected is gone, for whatever reason (dropped ones included). */
    void clientDisconnected();

    void eventsSent(long count);

    /** A client was disconnected because it read too slowly to keep up. */
    void clientDroppedTooSlow();

    static StreamMetrics noOp() {
        return NoOpMetrics.INSTANCE;
    }
}
