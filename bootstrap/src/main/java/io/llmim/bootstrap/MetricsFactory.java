package io.llmim.bootstrap;

import io.llmim.adapter.metrics.MetricsAdapter;
import io.llmim.adapter.metrics.MetricsEndpoint;
import io.llmim.adapter.metrics.MetricsSettings;
import io.llmim.application.incident.ActiveIncidentCountPublisher;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.MetricsPort;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.llmim.bootstrap.VertxFutures.await;

/**
 * The metrics area, in two steps. {@link #start} comes first of all: the registry, and the Vert.x
 * instance every other area runs on, instrumented on that registry. {@link #publish} comes once the
 * store is open: the scrape endpoint and the background collectors, which therefore stop after
 * in-flight requests and jobs have finished (their last push carries the final values) and before
 * the store closes.
 */
final class MetricsFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsFactory.class);

    /**
     * The adapter, the service's Vert.x, and the incident and HTTP ports: the adapter's own, or the
     * doubles a test supplied behind the adapter's guard.
     */
    record StartedMetrics(MetricsAdapter adapter, Vertx vertx, MetricsPort incidents, HttpMetrics http) {
    }

    private MetricsFactory() {
    }

    static StartedMetrics start(MetricsSettings settings, Adapters adapters, StartedComponents started) {
        MetricsAdapter adapter = started.add("metrics registry", MetricsAdapter.create(settings));
        Vertx vertx = started.add("Vert.x", adapter.newVertx(new VertxOptions()),
                (instance, remaining) -> await(instance.close()));
        return new StartedMetrics(adapter, vertx,
                adapters.incidentMetrics().map(adapter::guarded).orElse(adapter.incidents()),
                adapters.httpMetrics().map(adapter::guarded).orElse(adapter.http()));
    }

    /** Counts the active incidents into the gauge, then serves and pushes the registry. */
    static MetricsEndpoint publish(StartedMetrics metrics, IncidentRepository incidents, StartedComponents started)
            throws Exception {
        publishActiveCounts(metrics.adapter(), incidents);
        MetricsEndpoint endpoint = started.add("metrics endpoint",
                await(metrics.adapter().startEndpoint(metrics.vertx())),
                (server, remaining) -> await(server.stop(remaining)));
        started.add("metrics collectors", metrics.adapter().startCollectors());
        return endpoint;
    }

    /** The gauge lives in memory: after a restart it starts from the store's count, not from zero. */
    private static void publishActiveCounts(MetricsAdapter adapter, IncidentRepository incidents) {
        try {
            new ActiveIncidentCountPublisher(incidents, adapter.activeIncidents()).publish();
        } catch (RuntimeException e) {
            LOG.warn("could not count the active incidents for the metrics; the gauge starts from zero", e);
        }
    }
}
