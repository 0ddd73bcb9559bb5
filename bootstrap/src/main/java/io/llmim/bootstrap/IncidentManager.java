package io.llmim.bootstrap;

import io.llmim.adapter.jobs.HistoryPruner;
import io.llmim.adapter.jobs.JobExecutor;
import io.llmim.adapter.http.IncidentApi;
import io.llmim.adapter.http.IncidentApiUseCases;
import io.llmim.adapter.http.ReadinessCheck;
import io.llmim.adapter.metrics.HostAndPort;
import io.llmim.adapter.metrics.MetricsEndpoint;
import io.llmim.adapter.metrics.PrometheusMetrics;
import io.llmim.adapter.persistence.JdbcIncidentStore;
import io.llmim.adapter.persistence.TimeOrderedIds;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.adapter.llm.LlmAdapters;
import io.llmim.adapter.llm.LlmProvider;
import io.llmim.adapter.llm.LlmSettings;
import io.llmim.adapter.http.integration.IntegrationRoutes;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.incident.ActiveIncidentCountPublisher;
import io.llmim.application.integration.AlertSeverityMapping;
import io.llmim.application.integration.AlertBatchJob;
import io.llmim.application.integration.AlertmanagerIngestService;
import io.llmim.application.integration.PagerDutyEventsService;
import io.llmim.application.incident.AnalyzeIncidentService;
import io.llmim.application.incident.EnrichIncidentService;
import io.llmim.adapter.http.webhook.VertxWebhookSender;
import io.llmim.application.job.JobHandler;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.application.job.CorrelationJob;
import io.llmim.application.job.EnrichmentJob;
import io.llmim.application.job.EscalationJob;
import io.llmim.application.job.IncidentFollowUps;
import io.llmim.application.job.JobQueryService;
import io.llmim.application.job.JobRunner;
import io.llmim.application.job.NotificationJob;
import io.llmim.application.job.RelatedIncidentsService;
import io.llmim.application.retention.HistoryRetentionService;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.incident.IncidentLifecycleService;
import io.llmim.application.incident.IncidentQueryService;
import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.incident.ReportEventService;
import io.llmim.bootstrap.config.AppConfig;
import io.llmim.domain.MetricsPort;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The composition root: builds every adapter from the configuration (or takes the ones given in
 * {@link Adapters}), wires them to the use cases, starts the API and metrics servers, and stops it
 * all in order. The only class that knows every module.
 */
public final class IncidentManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentManager.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final int BACKGROUND_THREADS = 4;
    private static final int BACKGROUND_BACKLOG = 10_000;

    private final AppConfig config;
    private final PrometheusMetrics metrics;
    private final Vertx vertx;
    private final JdbcIncidentStore store;
    private final IncidentApi api;
    private final HttpServer apiServer;
    private final MetricsEndpoint metricsEndpoint;
    private final BackgroundWork background;
    private final JobExecutor jobs;
    private final HistoryPruner pruner;
    private final VertxWebhookSender webhookSender;
    private final LlmAdapters.LlmPorts llm;
    private volatile boolean stopped;

    private IncidentManager(AppConfig config, Map<String, String> env, Adapters adapters) throws Exception {
        this.config = config;
        this.metrics = PrometheusMetrics.create(config.metrics());
        this.vertx = metrics.newVertx(new VertxOptions());
        List<AutoCloseable> started = new ArrayList<>();
        started.add(metrics);
        started.add(() -> await(vertx.close()));
        try {
            this.store = adapters.store().isPresent() ? null
                    : JdbcIncidentStore.open(config.storage(), config.storage().password(env), metrics.database(),
                            metrics.caches());
            Adapters.Store stores = adapters.store().orElseGet(() -> new Adapters.Store(store.incidents(),
                    store.alertMembers(), store.jobs(), store.correlationGroups(), store.history(), store.unitOfWork()));
            if (store != null) {
                started.add(store);
            }
            IncidentRepository incidents = stores.incidents();
            MetricsPort incidentMetrics = adapters.incidentMetrics().map(metrics::guarded)
                    .orElse(metrics.incidents());
            HttpMetrics httpMetrics = adapters.httpMetrics().map(metrics::guarded).orElse(metrics.http());

            IncidentClock clock = new IncidentClock(adapters.clock());
            IncidentChanges changes = new IncidentChanges(incidents, stores.unitOfWork(), clock, incidentMetrics);
            IncidentQueryService queries = new IncidentQueryService(incidents);
            this.background = new BackgroundWork(BACKGROUND_THREADS, BACKGROUND_BACKLOG);
            started.add(background);
            LlmSettings llmSettings = config.llm();
            metrics.registerLlmModel(llmSettings.provider().label(),
                    llmSettings.provider() == LlmProvider.NONE ? "rules" : llmSettings.model());
            this.llm = adapters.llm().orElseGet(() -> LlmAdapters.create(vertx, llmSettings, llmSettings.apiKey(env),
                    SettingsMapping.llmPrices(config), metrics.llm()));
            EnrichIncidentService enrichment = new EnrichIncidentService(incidents, llm.classifier(), llm.enricher(),
                    true, true, changes);
            List<WebhookSender.Webhook> webhooks = SettingsMapping.webhooks(config);
            List<IncidentFollowUps.EscalationPolicy> policies = SettingsMapping.escalationPolicies(config);
            ReportEventUseCase report = new ReportEventService(incidents, new TimeOrderedIds(), clock,
                    changes, new IncidentFollowUps(stores.jobs(), adapters.clock(),
                    config.jobs().enrichmentMinSeverity(), webhooks, policies));
            IncidentLifecycleService lifecycle = new IncidentLifecycleService(changes);
            CorrelationJob correlation = new CorrelationJob(incidents, stores.correlationGroups(),
                    Duration.ofSeconds(config.correlation().windowSeconds()), llm.embedder());
            this.webhookSender = new VertxWebhookSender(vertx, Duration.ofSeconds(config.notifications().timeoutSeconds()));
            Map<JobType, JobHandler> handlers = new EnumMap<>(JobType.class);
            handlers.put(JobType.ENRICHMENT, new EnrichmentJob(enrichment));
            handlers.put(JobType.NOTIFICATION, new NotificationJob(incidents, webhooks, webhookSender, changes));
            handlers.put(JobType.ESCALATION, new EscalationJob(policies, stores.jobs(), clock, changes));
            handlers.put(JobType.CORRELATION, correlation);
            IncidentApiUseCases useCases = new IncidentApiUseCases(report, lifecycle, queries, queries,
                    new AnalyzeIncidentService(incidents, llm.analyst(), background, changes),
                    new RelatedIncidentsService(incidents, stores.correlationGroups()),
                    new JobQueryService(stores.jobs()));
            AlertMemberRepository alertMembers = stores.alertMembers();
            AlertSeverityMapping alertSeverities = SettingsMapping.alertSeverities(config);
            AlertmanagerIngestService alertmanager = new AlertmanagerIngestService(report, lifecycle, incidents,
                    alertMembers, alertSeverities, stores.jobs(), adapters.clock());
            handlers.put(JobType.ALERT_BATCH, new AlertBatchJob(alertmanager));
            IntegrationRoutes integrations = new IntegrationRoutes(alertmanager,
                    new PagerDutyEventsService(SettingsMapping.pagerDutyServices(config), report, lifecycle, incidents,
                            alertSeverities));
            this.jobs = new JobExecutor(new JobRunner(stores.jobs(), handlers, adapters.clock(), metrics.jobs()),
                    SettingsMapping.jobs(config), () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
            publishActiveCounts(incidents, metrics.activeIncidents());

            List<ReadinessCheck> readiness = store == null ? List.of()
                    : List.of(new ReadinessCheck("store", store::isReachable));
            this.api = new IncidentApi(vertx, useCases, readiness, SettingsMapping.api(config, env), httpMetrics,
                    List.of(integrations));
            started.add(api);
            HostAndPort apiAddress = HostAndPort.parse(config.server().listenAddress());
            this.apiServer = await(api.httpServer()
                    .listen(apiAddress.port(), apiAddress.host()));
            this.metricsEndpoint = await(metrics.startEndpoint(vertx));
            metrics.startCollectors();
            jobs.start();
            started.add(jobs);
            // Retention: history past it is deleted in the background.
            this.pruner = new HistoryPruner(new HistoryRetentionService(stores.history(),
                    SettingsMapping.retentions(config), adapters.clock()),
                    Duration.ofSeconds(config.retention().pruneIntervalSeconds()));
            pruner.start();
            started.add(pruner);
        } catch (Exception | Error e) {
            for (int i = started.size() - 1; i >= 0; i--) {
                try {
                    started.get(i).close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** Starts the service; returns once both servers listen. */
    public static IncidentManager start(AppConfig config, Map<String, String> env, Adapters adapters)
            throws Exception {
        IncidentManager manager = new IncidentManager(config, env, adapters);
        manager.logStarted(env);
        return manager;
    }

    private static void publishActiveCounts(IncidentRepository incidents, ActiveIncidentGauge gauge) {
        try {
            new ActiveIncidentCountPublisher(incidents, gauge).publish();
        } catch (RuntimeException e) {
            LOG.warn("could not count the active incidents for the metrics; the gauge starts from zero", e);
        }
    }

    private void logStarted(Map<String, String> env) {
        HostAndPort api = HostAndPort.parse(config.server().listenAddress());
        HostAndPort metricsAddress = HostAndPort.parse(config.metrics().listenAddress());
        boolean open = SettingsMapping.api(config, env).bearerTokens().isEmpty();
        if (open) {
            LOG.warn("no bearer tokens in ${}: the API is open to anyone who can reach it", config.auth().tokensEnv());
        }
        LOG.info("LLM Incident Manager {} started: API http://{}:{}, metrics http://{}:{}{}{}, store {}, classifier {}",
                Version.current(), api.host(), apiPort(), metricsAddress.host(), metricsPort(),
                config.metrics().endpointPath(), metrics.enabled() ? "" : " (disabled: 404)",
                store == null ? "provided" : store.kind() + " " + redacted(config.storage().url()),
                llm.name());
    }

    public int apiPort() {
        return apiServer.actualPort();
    }

    public int metricsPort() {
        return metricsEndpoint.port();
    }

    /**
     * Stops in order: stop accepting and let in-flight requests finish (up to {@code grace}), stop the
     * metrics endpoint and collectors (pushing a last time), close the store, then Vert.x.
     */
    public synchronized void stop(Duration grace) {
        if (stopped) {
            return;
        }
        stopped = true;
        LOG.info("stopping: finishing in-flight requests (up to {} s)", grace.toSeconds());
        quietly("API server", () -> await(apiServer.shutdown(grace)));
        quietly("metrics endpoint", () -> await(metricsEndpoint.stop(Duration.ofSeconds(1))));
        quietly("API workers", api::close);
        quietly("background work", () -> background.stop(grace));
        quietly("jobs", () -> jobs.stop(grace));
        quietly("history pruning", pruner::close);
        quietly("webhooks", webhookSender::close);
        quietly("metrics", metrics::close);
        if (store != null) {
            quietly("store", store::close);
        }
        quietly("Vert.x", () -> await(vertx.close()));
        LOG.info("stopped cleanly");
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(config.server().shutdownGraceSeconds()));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(String what, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            LOG.warn("stopping the {} failed", what, e);
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String redacted(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
