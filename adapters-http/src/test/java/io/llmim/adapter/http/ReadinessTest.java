package io.llmim.adapter.http;

import io.llmim.domain.MetricsPort;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessTest {

    @Test
    void a_failing_component_makes_ready_503_and_is_named() throws Exception {
        try (ApiServer api = new ApiServer(HttpApiSettings.open(1024), MetricsPort.noOp(), new RecordingHttpMetrics(),
                List.of(new ReadinessCheck("store", () -> false), new ReadinessCheck("cache", () -> true)),
                Map.of())) {
            ApiServer.Reply reply = api.get("/ready");

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().get("components").get("store").asText()).isEqualTo("DOWN");
            assertThat(reply.json().get("components").get("cache").asText()).isEqualTo("UP");
            assertThat(api.get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void a_check_that_throws_counts_as_down() throws Exception {
        try (ApiServer api = new ApiServer(HttpApiSettings.open(1024), MetricsPort.noOp(), new RecordingHttpMetrics(),
                List.of(new ReadinessCheck("store", () -> {
                    throw new IllegalStateException("connection refused");
                })), Map.of())) {
            assertThat(api.get("/ready").status()).isEqualTo(503);
        }
    }
}
