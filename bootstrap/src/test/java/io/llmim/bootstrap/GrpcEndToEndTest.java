package io.llmim.bootstrap;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.llmim.bootstrap.config.ConfigLoader;
import io.llmim.grpc.v1.IncidentServiceGrpc;
import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The whole service with its gRPC server: real SQLite, real loopback, the REST API's tokens. */
class GrpcEndToEndTest {

    private static final String TOKEN = "grpc-e2e-token";
    private static final Map<String, String> ENV = Map.of("LLMIM_API_TOKENS", TOKEN);

    @TempDir
    Path dir;

    private ManagedChannel channel;

    @AfterEach
    void closeChannel() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private IncidentManager start(TestConfig test) throws Exception {
        IncidentManager manager = IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), ENV), ENV,
                Adapters.configured());
        channel = NettyChannelBuilder.forAddress("127.0.0.1", manager.grpcPort().orElseThrow()).usePlaintext().build();
        return manager;
    }

    private IncidentServiceGrpc.IncidentServiceBlockingStub client(String authorization) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), authorization);
        return IncidentServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                .withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    private static ReportEventRequest event() {
        return ReportEventRequest.newBuilder().setSource("llm-sentinel").setTitle("gpu node down")
                .setSeverity(Severity.P1).build();
    }

    @Test
    void an_event_reported_over_grpc_is_an_incident_of_the_rest_api() throws Exception {
        TestConfig test = TestConfig.in(dir, "");
        try (IncidentManager ignored = start(test)) {
            String id = client("Bearer " + TOKEN).reportEvent(event()).getIncidentId();

            assertThat(Http.getWithToken(test.api() + "/v1/incidents/" + id, TOKEN).body()).contains("gpu node down");
        }
    }

    @Test
    void the_rest_api_tokens_guard_the_grpc_api() throws Exception {
        try (IncidentManager ignored = start(TestConfig.in(dir, ""))) {
            StatusRuntimeException failure = catchThrowableOfType(StatusRuntimeException.class,
                    () -> client("Bearer wrong").reportEvent(event()));

            assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        }
    }

    @Test
    void grpc_calls_are_measured_per_service_and_per_call() throws Exception {
        TestConfig test = TestConfig.in(dir, "");
        try (IncidentManager ignored = start(test)) {
            client("Bearer " + TOKEN).reportEvent(event());

            String scrape = Http.get(test.metrics()).body();
            assertThat(scrape).contains("grpc_connections_active{service=\"llmim.v1.IncidentService\"}",
                    "grpc_connections_active{service=\"grpc.health.v1.Health\"}",
                    "grpc_server_processing_duration_seconds_count{",
                    "grpc_server_requests_received_messages_total{");
        }
    }
}
