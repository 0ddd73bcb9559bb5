package io.llmim.adapter.metrics;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;
import java.util.Optional;

/**
 * {@code [metrics] enabled = false}: no registry, every port a no-op, no collectors, and an endpoint
 * that still listens but answers 404 to everything, so a scraper sees the switch rather than a
 * refused connection.
 */
final class DisabledMetrics extends MetricsAdapter {

    DisabledMetrics(MetricsSettings settings) {
        super(settings, MetricsPorts.off(), RecordingGuard.standard());
    }

    @Override
    public boolean enabled() {
        return false;
    }

    @Override
    public Vertx newVertx(VertxOptions options) {
        return Vertx.vertx(options);
    }

    @Override
    public Future<MetricsEndpoint> startEndpoint(Vertx vertx) {
        return MetricsEndpoint.notFound(vertx, settings());
    }

    @Override
    public RunningCollectors startCollectors() {
        return RunningCollectors.start(List.of());
    }

    @Override
    public Optional<MeterRegistry> registry() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // Nothing was allocated that outlives the ports.
    }
}
