package io.llmim.adapter.http;

import io.llmim.application.port.out.HttpMetrics;

import java.util.ArrayList;
import java.util.List;

/** Remembers completed requests as "POST /v1/incidents 201", and what is in flight. */
final class RecordingHttpMetrics implements HttpMetrics {

    private final List<String> completed = new ArrayList<>();
    private int inFlight;

    @Override
    public synchronized void requestStarted(String method, String path) {
        inFlight++;
    }

    @Override
    public synchronized void requestCompleted(String method, String path, int status, long durationNanos,
                                              long requestBytes, long responseBytes) {
        inFlight--;
        completed.add(method + " " + path + " " + status);
    }

    synchronized List<String> completed() {
        return List.copyOf(completed);
    }

    synchronized int inFlight() {
        return inFlight;
    }
}
