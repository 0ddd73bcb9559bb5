package io.llmim.adapter.metrics;

import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pushes the registry to a Prometheus push gateway every
 * {@code [metrics.push_gateway] push_interval_seconds}, with the client library's exporter, and once
 * more at shutdown. A gateway that cannot be reached
 * is logged (once per failure streak) and tried again at the next interval; it never stops the service.
 */
final class PushGatewayPublisher implements PeriodicCollector {

    private static final Logger LOG = LoggerFactory.getLogger(PushGatewayPublisher.class);

    private final PushGateway gateway;
    private final MetricsSettings.PushGateway settings;
    private final AtomicLong pushes = new AtomicLong();
    private volatile boolean failing;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "llmim-push-gateway");
        thread.setDaemon(true);
        return thread;
    });

    PushGatewayPublisher(PrometheusRegistry registry, MetricsSettings.PushGateway settings) {
        this.settings = settings;
        URI url = URI.create(settings.url());
        int port = url.getPort() > 0 ? url.getPort() : 9091;
        this.gateway = PushGateway.builder()
                .scheme("https".equalsIgnoreCase(url.getScheme()) ? Scheme.HTTPS : Scheme.HTTP)
                .address(url.getHost() + ":" + port)
                .job(settings.jobName())
                .registry(registry)
                .connectionTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Override
    public void start() {
        scheduler.scheduleAtFixedRate(this::pushNow, 0, settings.pushIntervalSeconds(), TimeUnit.SECONDS);
    }

    /** Pushes the whole registry now; true when the gateway took it. */
    boolean pushNow() {
        try {
            gateway.push();
            pushes.incrementAndGet();
            if (failing) {
                failing = false;
                LOG.info("push gateway {} reachable again", settings.url());
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("pushing metrics to {} failed; retrying every {} s", settings.url(),
                        settings.pushIntervalSeconds(), e);
            }
            return false;
        }
    }

    long successfulPushes() {
        return pushes.get();
    }

    /** Stops the schedule and pushes a last time, so the gateway keeps the final values. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        pushNow();
    }
}
