package io.llmim.adapter.metrics;

import io.llmim.application.port.out.HttpMetrics;

/** {@link HttpMetrics} with recording failures contained by the {@link RecordingGuard}. */
final class GuardedHttpMetrics extends GuardedPort<HttpMetrics> implements HttpMetrics {

    GuardedHttpMetrics(HttpMetrics recorder, RecordingGuard guard) {
        super(recorder, guard);
    }

    @Override
    public void requestStarted(String method, String path) {
        if (guard.allows()) {
            try {
                recorder.requestStarted(method, path);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void requestCompleted(String method, String path, int status, long durationNanos,
                                 long requestBytes, long responseBytes) {
        if (guard.allows()) {
            try {
                recorder.requestCompleted(method, path, status, durationNanos, requestBytes, responseBytes);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }
}
