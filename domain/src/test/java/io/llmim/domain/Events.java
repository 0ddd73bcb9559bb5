package io.llmim.domain;

import java.util.Map;

/** Test data for the domain's own tests (the domain cannot see the application's builders). */
final class Events {

    static final String SOURCE = "llm-sentinel";

    private Events() {
    }

    static Event event(Severity severity) {
        return new Event(SOURCE, "p95 latency above SLO", "", severity, Category.PERFORMANCE, null,
                Map.of("service", "chat"), null);
    }

    static Event event() {
        return event(Severity.P2);
    }
}
