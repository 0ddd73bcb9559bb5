package io.llmim.adapter.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
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
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Metrics enabled: one Prometheus registry behind every metrics port, Vert.x instrumented on the
 * same registry, the scrape endpoint, and the system collector and push gateway as their
 * {@code [metrics.*]} switches say. {@link MetricsAdapter#create} picks this variant when
 * {@code [metrics] enabled}; tests and benchmarks create it directly.
 */
public final class PrometheusMetrics extends MetricsAdapter {

    private final PrometheusMeterRegistry registry;
    private final PrometheusScrape scrape;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final Optional<SystemMetricsCollector> system;
    private final Optional<PushGatewayPublisher> pushGateway;

    private PrometheusMetrics(MetricsSettings settings, RecordingGuard guard, PrometheusMeterRegistry registry,
                              Meters meters) {
        super(settings, MetricsPorts.recording(meters, settings, guard), guard);
        this.registry = registry;
        this.scrape = new PrometheusScrape(registry.getPrometheusRegistry());
        this.system = settings.system().enabled() ? Optional.of(new SystemMetricsCollector(meters, settings))
                : Optional.empty();
        this.pushGateway = settings.pushGateway().enabled()
                ? Optional.of(new PushGatewayPublisher(registry.getPrometheusRegistry(), settings.pushGateway()))
                : Optional.empty();
        FunctionCounter.builder("metrics.recording.failures", guard, RecordingGuard::totalFailures)
                .description("Failures while recording a metric (contained; the service carried on)")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
    }

    /** A registry with {@code settings}' families, whatever its {@code enabled} switch says. */
    public static PrometheusMetrics create(MetricsSettings settings) {
        return create(settings, RecordingGuard.standard());
    }

    static PrometheusMetrics create(MetricsSettings settings, RecordingGuard guard) {
        // The common tags must be on the registry before the first meter is registered.
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags(settings.globalLabels().entrySet().stream()
                .map(label -> Tag.of(label.getKey(), label.getValue())).toList());
        return new PrometheusMetrics(settings, guard, registry, new Meters(registry, settings.globalLabels()));
    }

    @Override
    public boolean enabled() {
        return true;
    }

    /**
     * Vert.x's own per-request HTTP and TCP server metrics are left off: the taxonomy's http_*
     * families already measure every request, and the duplicate cost a fifth of the API's throughput
     * in the load benchmark (BENCHMARKS.md).
     */
    @Override
    public Vertx newVertx(VertxOptions options) {
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

    @Override
    public Future<MetricsEndpoint> startEndpoint(Vertx vertx) {
        return MetricsEndpoint.serving(vertx, settings(), scrape);
    }

    /** System collection first, so the first push already carries a sample. */
    @Override
    public RunningCollectors startCollectors() {
        return RunningCollectors.start(
                Stream.<PeriodicCollector>concat(system.stream(), pushGateway.stream()).toList());
    }

    @Override
    public Optional<MeterRegistry> registry() {
        return Optional.of(registry);
    }

    /** The exposition as a scraper asking with this Accept header would get it (for tests and benchmarks). */
    public String scrape(String accept) {
        return scrape.text(accept);
    }

    boolean recordingSwitchedOff() {
        return guard().isOpen();
    }

    List<String> meterNames() {
        return registry.getMeters().stream().map(meter -> meter.getId().getName()).distinct().toList();
    }

    Optional<PushGatewayPublisher> pushGateway() {
        return pushGateway;
    }

    @Override
    public void close() {
        gcMetrics.close();
        registry.close();
    }
}
