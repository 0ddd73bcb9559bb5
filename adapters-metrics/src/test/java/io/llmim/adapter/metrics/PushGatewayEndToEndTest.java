package io.llmim.adapter.metrics;

import io.llmim.testsupport.LoopbackProcess;
import io.llmim.testsupport.SystemBinary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The registry reaches a real Prometheus push gateway, and an unreachable one breaks nothing. */
class PushGatewayEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void the_registry_is_pushed_on_schedule_and_at_shutdown() throws Exception {
        Path binary = SystemBinary.require("prometheus-pushgateway", "pushgateway");
        int port = LoopbackProcess.freePort();
        String gateway = "http://127.0.0.1:" + port;
        try (LoopbackProcess pushgateway = LoopbackProcess.start(work, List.of(binary.toString(),
                "--web.listen-address=127.0.0.1:" + port, "--persistence.file=" + work.resolve("pushed")))) {
            pushgateway.awaitHttpOk(gateway + "/-/ready", Duration.ofSeconds(30));

            PrometheusMetrics metrics = PrometheusMetrics.create(TestSettings.withPushGateway(gateway));
            RunningCollectors collectors = metrics.startCollectors();
            Workload.driveEveryFamily(metrics);
            await().atMost(Duration.ofSeconds(20)).until(() -> get(gateway + "/metrics")
                    .contains("incidents_total{category=\"performance\",instance=\"\",job=\"incident-manager-test\""));

            metrics.incidents().incidentDeduplicated("llm-shield");
            collectors.close();
            metrics.close();

            assertThat(get(gateway + "/metrics"))
                    .contains("incidents_deduplicated_total{instance=\"\",job=\"incident-manager-test\",source=\"llm-shield\"} 1");
        }
    }

    @Test
    void an_unreachable_gateway_is_retried_and_never_fatal() {
        PrometheusMetrics metrics = PrometheusMetrics.create(
                TestSettings.withPushGateway("http://127.0.0.1:" + LoopbackProcess.freePort()));
        RunningCollectors collectors = metrics.startCollectors();
        PushGatewayPublisher pushGateway = metrics.pushGateway().orElseThrow();

        assertThat(pushGateway.pushNow()).isFalse();
        metrics.incidents().incidentDeduplicated("llm-shield");
        collectors.close();
        metrics.close();
        assertThat(pushGateway.successfulPushes()).isZero();
    }
}
