package io.llmim.adapter.metrics;

import io.llmim.application.port.out.StreamMetrics;

/** {@link StreamMetrics} with recording failures contained by the {@link RecordingGuard}. */
record GuardedStreamMetrics(StreamMetrics recorder, RecordingGuard guard) implements StreamMetrics {

    @Override
    public void clientConnected() {
        guard.record(recorder, StreamMetrics::clientConnected);
    }

    @Override
    public void clientDisconnected() {
        guard.record(recorder, StreamMetrics::clientDisconnected);
    }

    @Override
    public void eventsSent(long count) {
        guard.record(recorder, count, StreamMetrics::eventsSent);
    }

    @Override
    public void clientDroppedTooSlow() {
        guard.record(recorder, StreamMetrics::clientDroppedTooSlow);
    }
}
