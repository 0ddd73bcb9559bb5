package io.llmim.adapter.metrics;

import io.llmim.application.port.out.HttpMetrics;

/** {@link HttpMetrics} with recording failures contained by the {@link RecordingGuard}. */
record GuardedHttpMetrics(HttpMetrics recorder, RecordingGuard guard) implements HttpMetrics {

    @Override
    public void requestStarted(String method, String path) {
        guard.record(recorder, method, path, HttpMetrics::requestStarted);
    }

    @Override
    public void requestCompleted(String method, String path, int status, long durationNanos,
                                 long requestBytes, long responseBytes) {
        guard.record(recorder, method, path, status, durationNanos, requestBytes, responseBytes, HttpMetrics::requestCompleted);
    }
}
