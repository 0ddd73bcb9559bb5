package io.llmim.bootstrap;

import io.grpc.ServerInterceptor;
import io.llmim.adapter.grpc.GrpcApi;
import io.llmim.adapter.grpc.GrpcUseCases;
import io.llmim.adapter.http.IncidentApiUseCases;
import io.llmim.adapter.metrics.HostAndPort;
import io.llmim.bootstrap.config.AppConfig;
import io.micrometer.core.instrument.binder.grpc.MetricCollectingServerInterceptor;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gRPC area: the server on {@code [server] grpc_listen_address} (empty: none), driving the REST
 * API's use cases. Started after the HTTP server and so stopped before it: watch streams end, open
 * calls finish. Micrometer's gRPC interceptor measures every call into the registry when the API
 * is measured; the adapter only sees it as a plain {@link ServerInterceptor}.
 */
final class GrpcFactory {

    private GrpcFactory() {
    }

    static Optional<GrpcApi> start(AppConfig config, Map<String, String> env, ServicesFactory.Services services,
                                   MetricsFactory.StartedMetrics metrics, StartedComponents started)
            throws IOException {
        String address = config.server().grpcListenAddress();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        HostAndPort listen = HostAndPort.parse(address);
        IncidentApiUseCases api = services.api();
        GrpcUseCases useCases = new GrpcUseCases(api.report(), api.lifecycle(), api.incidents(), api.listing(),
                services.stream());
        List<ServerInterceptor> perCall = config.metrics().http().enabled()
                ? metrics.adapter().registry().<ServerInterceptor>map(MetricCollectingServerInterceptor::new)
                        .map(List::of).orElse(List.of())
                : List.of();
        return Optional.of(started.add("gRPC server", GrpcApi.start(listen.host(), listen.port(), useCases,
                SettingsMapping.grpc(config, env), metrics.adapter().grpc(), perCall), GrpcApi::stop));
    }
}
