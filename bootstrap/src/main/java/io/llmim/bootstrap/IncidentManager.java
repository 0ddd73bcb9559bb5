package io.llmim.bootstrap;

import io.llmim.adapter.grpc.GrpcApi;
import io.llmim.adapter.llm.LlmAdapters;
import io.llmim.adapter.metrics.HostAndPort;
import io.llmim.adapter.metrics.MetricsEndpoint;
import io.llmim.bootstrap.config.AppConfig;
import io.vertx.core.http.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The composition root: starts each area from the configuration (or with the adapters given in
 * {@link Adapters}), in the order one needs the other, and stops them in the reverse order. Each
 * area has its factory; every component any of them starts goes on one {@link StartedComponents}
 * list, which a failed start and {@link #stop} both unwind.
 */
public final class IncidentManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentManager.class);

    private final AppConfig config;
    private final StartedComponents started;
    private final HttpServer api;
    private final Optional<GrpcApi> grpc;
    private final MetricsEndpoint metricsEndpoint;
    private boolean stopped;

    private IncidentManager(AppConfig config, StartedComponents started, HttpServer api, Optional<GrpcApi> grpc,
                            MetricsEndpoint metricsEndpoint) {
        this.config = config;
        this.started = started;
        this.api = api;
        this.grpc = grpc;
        this.metricsEndpoint = metricsEndpoint;
    }

    /**
     * Starts the service; returns once both servers listen. When a step fails, what had started
     * stops again, last started first, and the failure is thrown.
     */
    public static IncidentManager start(AppConfig config, Map<String, String> env, Adapters adapters)
            throws Exception {
        StartedComponents started = new StartedComponents();
        try {
            MetricsFactory.StartedMetrics metrics = MetricsFactory.start(config.metrics(), adapters, started);
            StoreFactory.OpenedStore store = StoreFactory.open(config.storage(), env, adapters, metrics.adapter(),
                    started);
            MetricsEndpoint metricsEndpoint = MetricsFactory.publish(metrics, store.repositories().incidents(),
                    started);
            LlmAdapters.LlmPorts llm = LlmFactory.create(config, env, adapters, metrics);
            ServicesFactory.Services services = ServicesFactory.wire(config, store.repositories(), llm,
                    metrics.incidents(), adapters.clock(), started);
            JobsFactory.start(config, services, store.repositories(), metrics, adapters.clock(), started);
            var cluster = ClusterFactory.join(config, store.repositories(), adapters.clock(), started);
            HttpServer api = HttpFactory.start(config, env, services, store.readiness(), metrics, cluster, started);
            Optional<GrpcApi> grpc = GrpcFactory.start(config, env, services, metrics, started);
            IncidentManager manager = new IncidentManager(config, started, api, grpc, metricsEndpoint);
            manager.logStarted(env, metrics.adapter().enabled(), store.description(), llm.name());
            return manager;
        } catch (Exception | Error e) {
            started.abandon(e, Duration.ofSeconds(config.server().shutdownGraceSeconds()));
            throw e;
        }
    }

    private void logStarted(Map<String, String> env, boolean metricsEnabled, String store, String classifier) {
        HostAndPort apiAddress = HostAndPort.parse(config.server().listenAddress());
        HostAndPort metricsAddress = HostAndPort.parse(config.metrics().listenAddress());
        if (config.auth().bearerTokens(env).isEmpty()) {
            LOG.warn("no bearer tokens in ${}: the API is open to anyone who can reach it", config.auth().tokensEnv());
        }
        LOG.info("LLM Incident Manager {} started: API http://{}:{}, gRPC {}, metrics http://{}:{}{}{}, store {}, classifier {}",
                Version.current(), apiAddress.host(), apiPort(), grpc.isEmpty() ? "off"
                        : HostAndPort.parse(config.server().grpcListenAddress()).host() + ":" + grpcPort().getAsInt(),
                metricsAddress.host(), metricsPort(),
                config.metrics().endpointPath(), metricsEnabled ? "" : " (disabled: 404)", store, classifier);
    }

    public int apiPort() {
        return api.actualPort();
    }

    /** The gRPC server's port; empty when {@code [server] grpc_listen_address} is empty. */
    public OptionalInt grpcPort() {
        return grpc.map(server -> OptionalInt.of(server.port())).orElse(OptionalInt.empty());
    }

    public int metricsPort() {
        return metricsEndpoint.port();
    }

    /**
     * Stops within {@code grace}, in the reverse of the start: the API stops accepting and finishes
     * its in-flight requests, running jobs and background work finish, the metrics endpoint stops
     * and the collectors push a last time, then the store, Vert.x and the registry close. Stopping
     * again does nothing.
     */
    public synchronized void stop(Duration grace) {
        if (stopped) {
            return;
        }
        stopped = true;
        LOG.info("stopping: finishing in-flight requests and running jobs (up to {} s)", grace.toSeconds());
        if (started.stop(grace)) {
            LOG.info("stopped cleanly");
        } else {
            LOG.warn("stopped; what failed to stop is logged above");
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(config.server().shutdownGraceSeconds()));
    }
}
