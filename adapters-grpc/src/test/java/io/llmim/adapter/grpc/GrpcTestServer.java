package io.llmim.adapter.grpc;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.ServerInterceptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.llmim.application.port.in.TransitionIncidentUseCase;
import io.llmim.application.port.out.GrpcMetrics;
import io.llmim.application.stream.ChangeStreamService;
import io.llmim.application.testing.IncidentServices;
import io.llmim.grpc.v1.IncidentServiceGrpc;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC API on a real loopback port over the real services and the in-memory store, and a
 * channel of the generated Java client to it. Build with {@link #builder()}; close stops both.
 */
final class GrpcTestServer implements AutoCloseable {

    final IncidentServices services;
    final GrpcApi api;
    final ManagedChannel channel;

    private GrpcTestServer(Builder builder) throws Exception {
        services = builder.services;
        TransitionIncidentUseCase lifecycle = builder.lifecycle != null ? builder.lifecycle : services.lifecycle();
        GrpcUseCases useCases = new GrpcUseCases(builder.report != null ? builder.report : services.report(),
                lifecycle, services.queries(), services.queries(), new ChangeStreamService(services.changeLog()));
        api = GrpcApi.start("127.0.0.1", 0, useCases,
                new GrpcApiSettings(builder.maxMessageBytes, builder.tokens, 8, Duration.ofMillis(20),
                        builder.maxLagChanges),
                builder.metrics, List.<ServerInterceptor>of());
        channel = NettyChannelBuilder.forAddress("127.0.0.1", api.port()).usePlaintext()
                .flowControlWindow(builder.clientWindowBytes).build();
    }

    static Builder builder() {
        return new Builder();
    }

    static GrpcTestServer start() throws Exception {
        return builder().start();
    }

    IncidentServiceGrpc.IncidentServiceBlockingStub blocking() {
        return IncidentServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    IncidentServiceGrpc.IncidentServiceStub async() {
        return IncidentServiceGrpc.newStub(channel);
    }

    /** A blocking stub that sends {@code authorization: <value>}. */
    IncidentServiceGrpc.IncidentServiceBlockingStub blockingWithAuthorization(String value) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), value);
        return blocking().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    @Override
    public void close() throws Exception {
        channel.shutdownNow();
        api.stop(Duration.ofSeconds(5));
        channel.awaitTermination(5, TimeUnit.SECONDS);
    }

    static final class Builder {
        private IncidentServices services = IncidentServices.inMemory();
        private Set<String> tokens = Set.of();
        private int maxMessageBytes = 1_048_576;
        private int maxLagChanges = 1_000;
        private int clientWindowBytes = 1_048_576;
        private GrpcMetrics metrics = GrpcMetrics.noOp();
        private TransitionIncidentUseCase lifecycle;
        private io.llmim.application.port.in.ReportEventUseCase report;

        Builder withTokens(String... tokens) {
            this.tokens = Set.of(tokens);
            return this;
        }

        Builder withMaxMessageBytes(int bytes) {
            this.maxMessageBytes = bytes;
            return this;
        }

        Builder withWatchMaxLag(int changes, int clientWindowBytes) {
            this.maxLagChanges = changes;
            this.clientWindowBytes = clientWindowBytes;
            return this;
        }

        Builder withMetrics(GrpcMetrics metrics) {
            this.metrics = metrics;
            return this;
        }

        /** Transitions through {@code lifecycle} instead of the real service. */
        Builder withLifecycle(TransitionIncidentUseCase lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /** Reports through {@code report} instead of the real service. */
        Builder withReport(io.llmim.application.port.in.ReportEventUseCase report) {
            this.report = report;
            return this;
        }

        IncidentServices services() {
            return services;
        }

        GrpcTestServer start() throws Exception {
            return new GrpcTestServer(this);
        }
    }
}
