package io.llmim.adapter.metrics;

import io.llmim.application.port.out.GrpcMetrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code grpc_connections_active{service}}: open calls per gRPC service. The label values are the
 * services the server registers (a handful, fixed at start), so the series are bounded; a call to
 * a service never registered is not counted. Failures are contained by {@link GuardedGrpcMetrics}.
 */
final class MicrometerGrpcMetrics implements GrpcMetrics {

    private final Meters meters;
    private final Map<String, AtomicLong> active = new ConcurrentHashMap<>();

    MicrometerGrpcMetrics(Meters meters) {
        this.meters = meters;
    }

    @Override
    public void serviceRegistered(String service) {
        active.computeIfAbsent(service, name -> meters.gauge("grpc.connections.active",
                "Active gRPC connections: calls open on the service, a stream counting for as long as it is open",
                "service", name));
    }

    @Override
    public void callStarted(String service) {
        AtomicLong calls = active.get(service);
        if (calls != null) {
            calls.incrementAndGet();
        }
    }

    @Override
    public void callEnded(String service) {
        AtomicLong calls = active.get(service);
        if (calls != null) {
            calls.decrementAndGet();
        }
    }
}
