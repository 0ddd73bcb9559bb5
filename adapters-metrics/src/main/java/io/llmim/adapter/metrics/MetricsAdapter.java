package io.llmim.adapter.metrics;

import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.GrpcMetrics;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.StreamMetrics;
import io.llmim.application.port.out.SuppressionMetrics;
import io.llmim.domain.MetricsPort;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

import java.util.Optional;

/**
 * Everything the composition root needs from the metrics adapter: every metrics port, a Vert.x
 * instance for the service, the scrape endpoint and the collectors that run in the background.
 * {@code [metrics] enabled} picks the variant once, in {@link #create}: {@link PrometheusMetrics}
 * records into one Prometheus registry; {@link DisabledMetrics} has no registry at all, hands out
 * no-op ports and an endpoint that answers 404. An abstract class rather than an interface because
 * the ports and the guard that contains recording failures are the same for both variants.
 */
public abstract sealed class MetricsAdapter implements AutoCloseable permits PrometheusMetrics, DisabledMetrics {

    private final MetricsSettings settings;
    private final MetricsPorts ports;
    private final RecordingGuard guard;

    MetricsAdapter(MetricsSettings settings, MetricsPorts ports, RecordingGuard guard) {
        this.settings = settings;
        this.ports = ports;
        this.guard = guard;
    }

    /** The variant {@code [metrics] enabled} asks for. */
    public static MetricsAdapter create(MetricsSettings settings) {
        return settings.enabled() ? PrometheusMetrics.create(settings) : new DisabledMetrics(settings);
    }

    /** Whether anything is measured: false for {@link DisabledMetrics}. */
    public abstract boolean enabled();

    /**
     * A Vert.x instance for the whole service; with metrics enabled its internal metrics (worker
     * pools, HTTP client, event bus) land in the same registry.
     */
    public abstract Vertx newVertx(VertxOptions options);

    /** Starts the scrape endpoint on {@code [metrics] listen_address}. */
    public abstract Future<MetricsEndpoint> startEndpoint(Vertx vertx);

    /** Starts the background collectors (system health, push gateway) that the settings switch on. */
    public abstract RunningCollectors startCollectors();

    /** Releases the registry; stop the endpoint and the collectors first. */
    @Override
    public abstract void close();

    public MetricsPort incidents() {
        return ports.incidents();
    }

    public ActiveIncidentGauge activeIncidents() {
        return ports.activeIncidents();
    }

    public HttpMetrics http() {
        return ports.http();
    }

    public LlmMetrics llm() {
        return ports.llm();
    }

    public JobMetrics jobs() {
        return ports.jobs();
    }

    public DatabaseMetrics database() {
        return ports.database();
    }

    public CacheMetrics caches() {
        return ports.caches();
    }

    public StreamMetrics stream() {
        return ports.stream();
    }

    public SuppressionMetrics suppression() {
        return ports.suppression();
    }

    public GrpcMetrics grpc() {
        return ports.grpc();
    }

    /**
     * The registry every family records into, for instrumentation a library brings along (the gRPC
     * server's per-call meters); empty when nothing is measured.
     */
    public abstract Optional<MeterRegistry> registry();

    /**
     * A port from elsewhere (a test's double) behind the same guard as this adapter's own, so that
     * whatever is handed out, a recording failure never reaches the caller and is counted here.
     */
    public MetricsPort guarded(MetricsPort incidents) {
        return new GuardedIncidentMetrics(incidents, guard);
    }

    /** See {@link #guarded(MetricsPort)}. */
    public HttpMetrics guarded(HttpMetrics http) {
        return new GuardedHttpMetrics(http, guard);
    }

    /** Registers every series of the configured provider and model now, so dashboards show zeros. */
    public void registerLlmModel(String provider, String model) {
        ports.llmModels().ifPresent(recorder -> recorder.register(provider, model));
    }

    MetricsSettings settings() {
        return settings;
    }

    RecordingGuard guard() {
        return guard;
    }
}
