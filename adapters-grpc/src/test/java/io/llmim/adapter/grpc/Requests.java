package io.llmim.adapter.grpc;

import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.Severity;
import io.llmim.grpc.v1.TransitionRequest;

/** Test data: requests with sensible defaults, to be changed where a test cares. */
final class Requests {

    private Requests() {
    }

    static ReportEventRequest.Builder anEvent() {
        return ReportEventRequest.newBuilder()
                .setSource("llm-sentinel")
                .setTitle("p95 latency above SLO on gpt-4 route")
                .setDescription("p95 latency 2.4s over the last 5 minutes")
                .setSeverity(Severity.P2)
                .putLabels("model", "gpt-4");
    }

    static TransitionRequest transition(String id) {
        return TransitionRequest.newBuilder().setId(id).setActor("alice").build();
    }
}
