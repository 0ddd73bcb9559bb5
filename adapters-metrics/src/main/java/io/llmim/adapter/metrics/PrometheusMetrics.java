package io.llmim.adapter.metrics;

import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.domain.MetricsPort;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsOptions;

import java.util.EnumSet;
import java.util.List;

/**
 * Everything bootstrap needs from the metrics adapter: one Prometheus registry behind every metrics
 * port, Vert.x instrumented on the same registry, the scrape endpoint, the system collector and the
 * push gateway. With {@code [metrics] enabled = false} there is no registry at all: every port is a
 * no-op and the endpoint answers 404.
 */
public final class PrometheusMetrics implements AutoCloseable {

    private final MetricsSettings settings;
    private final PrometheusMeterRegistry registry;
    private final PrometheusScrape scrape;
    private final RecordingGuard guard;
    private final MetricsPorts ports;
    private final SystemMetricsCollector system;
    private final PushGatewayPublisher pushGateway;
    private JvmGcMetrics gcMetrics;

    private PrometheusMetrics(MetricsSettings settings, RecordingGuard guard) {
        this.settings = settings;
        this.guard = guard;
        if (!settings.enabled()) {
            registry = null;
            scrape = null;
            ports = MetricsPorts.off();
            system = null;
            pushGateway = null;
            return;
        }
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags(settings.globalLabels().entrySet().stream()
                .map(label -> Tag.of(label.getKey(), label.getValue())).toList());
        Meters meters = new Meters(registry);
        scrape = new PrometheusScrape(registry.getPrometheusRegistry());
        ports = MetricsPorts.recording(meters, settings, guard);
        system = settings.system().enabled() ? new SystemMetricsCollector(meters, settings) : null;
        pushGateway = settings.pushGateway().enabled()
                ? new PushGatewayPublisher(registry.getPrometheusRegistry(), settings.pushGateway()) : null;
        FunctionCounter.builder("metrics.recording.failures", guard, RecordingGuard::totalFailures)
                .description("Failures while recording a metric (contained; the service carried on)")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(registry);
    }

    public static PrometheusMetrics create(MetricsSettings settings) {
        return new PrometheusMetrics(settings, RecordingGuard.standard());
    }

    static PrometheusMetrics create(MetricsSettings settings, RecordingGuard guard) {
        return new PrometheusMetrics(settings, guard);
    }

    public boolean enabled() {
        return registry != null;
    }

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

    /**
     * A Vert.x instance whose internal metrics (worker pools, HTTP client, event bus) land in the
     * same registry; a plain one when metrics are off. Vert.x's own per-request HTTP and TCP server
     * metrics are left off: the taxonomy's http_* families already measure every request, and the
     * duplicate cost a fifth of the API's throughput in the load benchmark (BENCHMARKS.md).
     */
    public Vertx newVertx(VertxOptions options) {
        if (registry == null) {
            return Vertx.vertx(options);
        }
        MicrometerMetricsOptions metricsOptions = new MicrometerMetricsOptions()
                .setEnabled(true)
                .setJvmMetricsEnabled(false)
                .setLabels(EnumSet.of(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE, Label.POOL_TYPE,
                        Label.POOL_NAME))
                .addDisabledMetricsCategory(MetricsDomain.HTTP_SERVER)
                .addDisabledMetricsCategory(MetricsDomain.NET_SERVER);
        return Vertx.builder()
                .with(new VertxOptions(options).setMetricsOptions(metricsOptions))
                .withMetrics(new MicrometerMetricsFactory(registry))
                .build();
    }

    /** Starts the scrape endpoint on {@code [metrics] listen_address}. */
    public Future<MetricsEndpoint> startEndpoint(Vertx vertx) {
        HostAndPort address = HostAndPort.parse(settings.listenAddress());
        return MetricsEndpoint.start(vertx, address.host(), address.port(), settings.endpointPath(), scrape);
    }

    /** Starts the background work: system collection and pushing. */
    public void startCollectors() {
        if (system != null) {
            system.start();
        }
        if (pushGateway != null) {
            pushGateway.start();
        }
    }

    /** The exposition as a scraper asking with this Accept header would get it (for tests and benchmarks). */
    public String scrape(String accept) {
        if (scrape == null) {
            throw new IllegalStateException("metrics are disabled");
        }
        return scrape.text(accept);
    }

    /** Registers every series of the configured provider and model now, so dashboards show zeros. */
    public void registerLlmModel(String provider, String model) {
        ports.llmModels().ifPresent(recorder -> recorder.register(provider, model));
    }

    boolean recordingSwitchedOff() {
        return guard.isOpen();
    }

    List<String> meterNames() {
        return registry.getMeters().stream().map(meter -> meter.getId().getName()).distinct().toList();
    }

    PushGatewayPublisher pushGateway() {
        return pushGateway;
    }

    @Override
    public void close() {
        if (system != null) {
            system.close();
        }
        if (pushGateway != null) {
            pushGateway.close();
        }
        if (gcMetrics != null) {
            gcMetrics.close();
        }
        if (registry != null) {
            registry.close();
        }
    }
}
