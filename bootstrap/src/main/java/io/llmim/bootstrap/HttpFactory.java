package io.llmim.bootstrap;

import io.llmim.adapter.http.ChangeStreamRoutes;
import io.llmim.adapter.http.IncidentApi;
import io.llmim.adapter.http.JobRoutes;
import io.llmim.adapter.http.ReadinessCheck;
import io.llmim.adapter.http.console.ConsoleRoutes;
import io.llmim.adapter.http.integration.AlertsApiRoutes;
import io.llmim.adapter.http.integration.IntegrationRoutes;
import io.llmim.adapter.http.maintenance.MaintenanceWindowRoutes;
import io.llmim.adapter.http.integration.SilencesApiRoutes;
import io.llmim.adapter.metrics.HostAndPort;
import io.llmim.application.port.in.AlertingStatusQuery;
import io.llmim.bootstrap.config.AppConfig;
import io.vertx.core.http.HttpServer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.llmim.bootstrap.VertxFutures.await;

/**
 * The HTTP area: the API with its integration routes, its worker pool, and the server on
 * {@code [server] listen_address}. Started last, so a request only arrives once everything it can
 * reach runs; stopped first, so the server stops accepting and finishes in-flight requests while
 * the rest is still there to serve them.
 */
final class HttpFactory {

    private HttpFactory() {
    }

    static HttpServer start(AppConfig config, Map<String, String> env, ServicesFactory.Services services,
                            List<ReadinessCheck> readiness, MetricsFactory.StartedMetrics metrics,
                            Supplier<AlertingStatusQuery.ClusterStatus> cluster, StartedComponents started)
            throws Exception {
        IntegrationRoutes integrations = new IntegrationRoutes(services.alertmanager(), services.pagerDuty());
        ChangeStreamRoutes changeStream = new ChangeStreamRoutes(metrics.vertx(), services.stream(), SettingsMapping.streamPace(config),
                metrics.adapter().stream());
        Instant startedAt = Instant.now();
        AlertsApiRoutes alertmanagerApi = new AlertsApiRoutes(services.postedAlerts(), services.alertQueries(),
                () -> new AlertingStatusQuery.AlertingStatus(Version.current(), startedAt,
                        config.integrations().alertmanager().groupBy(),
                        Duration.ofSeconds(config.integrations().alertmanager().resolveTimeoutSeconds()),
                        services.alertQueries().receivers(), cluster.get()), metrics.adapter().suppression());
        IncidentApi api = started.add("API workers", new IncidentApi(metrics.vertx(), services.api(), readiness,
                SettingsMapping.api(config, env), metrics.http(), List.of(integrations, alertmanagerApi,
                new SilencesApiRoutes(services.suppression().silences()), changeStream,
                new MaintenanceWindowRoutes(services.maintenanceWindows()),
                new JobRoutes(services.jobAdministration()), new ConsoleRoutes(services.api(),
                        services.jobAdministration(), services.jobAdministration(), services.suppression().silences(),
                        services.maintenanceWindows(), services.overview()))));
        HostAndPort address = HostAndPort.parse(config.server().listenAddress());
        HttpServer server = started.add("API server", await(api.httpServer().listen(address.port(), address.host())),
                (listening, remaining) -> await(listening.shutdown(remaining)));
        // Stopped before the server: open streams never end by themselves, and the server waits for them.
        started.add("change streams", changeStream);
        return server;
    }
}
