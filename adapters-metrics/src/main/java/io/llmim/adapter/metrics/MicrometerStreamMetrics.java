package io.llmim.adapter.metrics;

import io.llmim.application.port.out.StreamMetrics;
import io.micrometer.core.instrument.Counter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code event_stream_*} families (docs/metrics.md, "Beside the specification"): no labels, so
 * all registered up front. Failures are contained by {@link GuardedStreamMetrics}, not here.
 */
final class MicrometerStreamMetrics implements StreamMetrics {

    private final AtomicLong clients;
    private final Counter sent;
    private final Counter dropped;

    MicrometerStreamMetrics(Meters meters) {
        clients = meters.gauge("event.stream.clients", "Clients connected to the live change stream (GET /v1/events)");
        sent = meters.counter("event.stream.events.sent", "Changes sent to live change stream clients");
        dropped = meters.counter("event.stream.clients.dropped",
                "Live change stream clients disconnected for reading too slowly to keep up");
    }

    @Override
    public void clientConnected() {
        clients.incrementAndGet();
    }

    @Override
    public void clientDisconnected() {
        clients.decrementAndGet();
    }

    @Override
    public void eventsSent(long count) {
        sent.increment(count);
    }

    @Override
    public void clientDroppedTooSlow() {
        dropped.increment();
    }
}
