package io.llmim.adapter.http;

import io.llmim.application.port.out.StreamMetrics;
import io.llmim.application.overview.OverviewService;
import io.llmim.application.port.out.LanguageModelStatus;
import io.llmim.application.stream.ChangeStreamService;
import io.llmim.application.testing.InMemoryIncidentChangeLog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.adapter.http.console.ConsoleRoutes;
import io.llmim.adapter.http.integration.AlertsApiRoutes;
import io.llmim.adapter.http.integration.IntegrationRoutes;
import io.llmim.adapter.http.integration.SilencesApiRoutes;
import io.llmim.application.suppression.CurrentHolds;
import io.llmim.application.suppression.Holds;
import io.llmim.application.suppression.SilenceHolds;
import io.llmim.application.suppression.SilenceService;
import io.llmim.application.testing.InMemorySilenceRepository;
import io.llmim.application.integration.PostedAlertsService;
import io.llmim.application.integration.AlertQueryService;
import io.llmim.application.integration.AlertGrouping;
import io.llmim.application.port.in.AlertingStatusQuery;
import io.llmim.application.integration.AlertSeverityMapping;
import io.llmim.application.integration.AlertmanagerIngestService;
import io.llmim.application.incident.AnalyzeIncidentService;
import io.llmim.application.integration.PagerDutyEventsService;
import io.llmim.application.job.RelatedIncidentsService;
import io.llmim.application.job.JobAdministrationService;
import io.llmim.application.job.JobQueryService;
import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.InMemoryCorrelationGroups;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.RandomIncidentIdGenerator;
import io.llmim.domain.Category;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.incident.IncidentLifecycleService;
import io.llmim.application.incident.IncidentQueryService;
import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.incident.ReportEventService;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.application.testing.StubIncidentAnalyst;
import io.llmim.domain.MetricsPort;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.llmim.adapter.http.maintenance.MaintenanceWindowRoutes;
import io.llmim.application.maintenance.MaintenanceWindowService;
import io.llmim.application.testing.InMemoryMaintenanceWindowRepository;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The API on a real loopback port over the real services and the in-memory store, with a client.
 * Test code calls it synchronously: {@code api.post("/v1/incidents", json)}. Every reply is checked
 * against the OpenAPI document ({@link ApiContract}) before the test sees it.
 */
final class ApiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Vertx vertx = Vertx.vertx();
    final MutableClock clock = MutableClock.at("2026-07-01T08:00:00Z");
    static final String PAGERDUTY_ROUTING_KEY = "R0UT1NGKEY";

    final InMemoryIncidentRepository repository = new InMemoryIncidentRepository();
    final InMemoryAlertMemberRepository alertMembers = new InMemoryAlertMemberRepository();
    final InMemoryCorrelationGroups correlationGroups = new InMemoryCorrelationGroups();
    final InMemoryJobStore jobs = new InMemoryJobStore();
    final InMemoryIncidentChangeLog changeLog = new InMemoryIncidentChangeLog();
    final InMemoryMaintenanceWindowRepository maintenanceWindows = new InMemoryMaintenanceWindowRepository();
    final InMemorySilenceRepository silences = new InMemorySilenceRepository();
    final AlertmanagerIngestService alertmanager;
    private final IncidentApi api;
    private final ChangeStreamRoutes changeStream;
    private final HttpServer server;
    private final WebClient client;
    private final Map<String, String> defaultHeaders;

    ApiServer(HttpApiSettings settings, MetricsPort metrics, HttpMetrics httpMetrics,
              List<ReadinessCheck> readiness, Map<String, String> defaultHeaders) throws Exception {
        IncidentClock incidentClock = new IncidentClock(clock);
        IncidentChanges changes = new IncidentChanges(repository, UnitOfWork.none(), incidentClock, metrics, changeLog);
        IncidentQueryService queries = new IncidentQueryService(repository);
        IncidentApiUseCases useCases = new IncidentApiUseCases(
                new ReportEventService(repository, new RandomIncidentIdGenerator(), incidentClock, changes,
                        ReportEventService.FollowUps.NONE),
                new IncidentLifecycleService(changes), queries, queries,
                new AnalyzeIncidentService(repository, new StubIncidentAnalyst(), Runnable::run, changes),
                new RelatedIncidentsService(repository, correlationGroups), new JobQueryService(jobs),
                new CurrentHolds(new Holds(List.of(new SilenceHolds(silences))), clock));
        this.alertmanager = new AlertmanagerIngestService(useCases.report(), useCases.lifecycle(), repository,
                alertMembers, AlertSeverityMapping.defaults(), jobs, clock);
        IntegrationRoutes integrations = new IntegrationRoutes(alertmanager,
                new PagerDutyEventsService(Map.of(PAGERDUTY_ROUTING_KEY, new PagerDutyEventsService.Service(
                        PAGERDUTY_ROUTING_KEY, "llm-edge-agent", Category.AVAILABILITY)), useCases.report(),
                        useCases.lifecycle(), repository, AlertSeverityMapping.defaults()));
        JobAdministrationService jobAdministration = new JobAdministrationService(jobs, clock);
        this.changeStream = new ChangeStreamRoutes(vertx, new ChangeStreamService(changeLog),
                new StreamPace(Duration.ofMillis(50), Duration.ofSeconds(15), 1_000), StreamMetrics.noOp());

        AlertsApiRoutes alertsApi = new AlertsApiRoutes(
                new PostedAlertsService(alertmanager, new AlertGrouping(List.of("alertname")), java.time.Duration.ofMinutes(5), clock),
                new AlertQueryService(alertMembers, new AlertGrouping(List.of("alertname")), List.of("on-call"), clock,
                        repository, new Holds(List.of(new SilenceHolds(silences)))),
                () -> new AlertingStatusQuery.AlertingStatus("1.2.3", clock.instant(), List.of("alertname"),
                        java.time.Duration.ofMinutes(5), List.of("on-call"),
                        AlertingStatusQuery.ClusterStatus.disabled()));
        SilenceService silenceService = new SilenceService(silences, repository, clock);
        MaintenanceWindowService windowService = new MaintenanceWindowService(maintenanceWindows, clock);
        SilencesApiRoutes silencesApi = new SilencesApiRoutes(silenceService);
        this.api = new IncidentApi(vertx, useCases, readiness, settings, httpMetrics, List.of(integrations, alertsApi,
                silencesApi, changeStream, new MaintenanceWindowRoutes(windowService),
                new JobRoutes(jobAdministration), new ConsoleRoutes(useCases, jobAdministration, jobAdministration,
                        silenceService, windowService, new OverviewService(repository, jobAdministration,
                        LanguageModelStatus.none(), clock))));
        this.server = api.httpServer().listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
                .setDefaultPort(server.actualPort()));
        this.defaultHeaders = defaultHeaders;
    }

    /** An open API with a 64 KiB body limit, for a field: {@code @AutoClose final ApiServer api = ApiServer.open();} */
    static ApiServer open() {
        try {
            return open(new RecordingHttpMetrics());
        } catch (Exception e) {
            throw new IllegalStateException("the API did not start", e);
        }
    }

    static ApiServer open(HttpMetrics httpMetrics) throws Exception {
        return new ApiServer(HttpApiSettings.open(64 * 1024), MetricsPort.noOp(), httpMetrics, List.of(), Map.of());
    }

    /** The router, for tests that compare its routes with the OpenAPI document. */
    Router router() {
        return api.router();
    }

    int port() {
        return server.actualPort();
    }

    Reply get(String path) {
        return send(HttpMethod.GET, path, null, null, Map.of());
    }

    Reply post(String path, String body) {
        return send(HttpMethod.POST, path, body, "application/json", Map.of());
    }

    Reply post(String path) {
        return send(HttpMethod.POST, path, null, null, Map.of());
    }

    Reply send(HttpMethod method, String path, String body, String contentType, Map<String, String> headers) {
        var request = client.request(method, path);
        defaultHeaders.forEach(request::putHeader);
        headers.forEach(request::putHeader);
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        try {
            HttpResponse<Buffer> response = (body == null ? request.send() : request.sendBuffer(Buffer.buffer(body)))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            Reply reply = new Reply(response.statusCode(), response.headers(), response.bodyAsString());
            ApiContract.check(method, path, reply);
            return reply;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** A response, with its body parsed as JSON on demand. */
    record Reply(int status, MultiMap headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        String contentType() {
            return headers.get("Content-Type");
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
        changeStream.close();
        api.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
