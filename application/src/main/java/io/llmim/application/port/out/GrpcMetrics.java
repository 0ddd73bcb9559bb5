package io.llmim.application.port.out;

/**
 * Measures the gRPC server's connections per service ({@code grpc_connections_active} of
 * docs/metrics.md). A connection to a service is one open call to it: a unary call while it runs,
 * a stream (ReportEvents, WatchIncidents) for as long as it stays open, which is what holds a
 * sender or watcher to the service. Called by the gRPC adapter that serves the calls.
 * Implementations must be thread-safe; what bootstrap hands out never throws.
 */
public interface GrpcMetrics {

    /** The server serves {@code service} (its full gRPC name): its series shows 0 from now on. */
    void serviceRegistered(String service);

    void callStarted(String service);

    /** A call that started has ended, however it ended (completed, failed, cancelled). */
    void callEnded(String service);

    static GrpcMetrics noOp() {
        return NoOpMetrics.INSTANCE;
    }
}
