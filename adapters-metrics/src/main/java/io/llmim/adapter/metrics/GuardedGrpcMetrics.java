package io.llmim.adapter.metrics;

import io.llmim.application.port.out.GrpcMetrics;

/** {@link GrpcMetrics} with recording failures contained by the {@link RecordingGuard}. */
record GuardedGrpcMetrics(GrpcMetrics recorder, RecordingGuard guard) implements GrpcMetrics {

    @Override
    public void serviceRegistered(String service) {
        guard.record(recorder, service, GrpcMetrics::serviceRegistered);
    }

    @Override
    public void callStarted(String service) {
        guard.record(recorder, service, GrpcMetrics::callStarted);
    }

    @Override
    public void callEnded(String service) {
        guard.record(recorder, service, GrpcMetrics::callEnded);
    }
}
