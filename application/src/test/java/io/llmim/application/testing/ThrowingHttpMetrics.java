package io.llmim.application.testing;

import io.llmim.application.port.out.HttpMetrics;

/** A broken HTTP metrics backend: every call throws. */
public final class ThrowingHttpMetrics implements HttpMetrics {

    @Override
    public void requestStarted(String method, String path) {
        throw new IllegalStateException("metrics backend is broken (test double)");
    }

    @Override
    public void requestCompleted(String method, String path, int status, long durationNanos,
                                 long requestBytes, long responseBytes) {
        throw new IllegalStateException("metrics backend is broken (test double)");
    }
}
