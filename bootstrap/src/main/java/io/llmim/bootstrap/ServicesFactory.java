package io.llmim.bootstrap;

import io.llmim.adapter.http.IncidentApiUseCases;
import io.llmim.adapter.llm.LlmAdapters;
import io.llmim.adapter.persistence.TimeOrderedIds;
import io.llmim.application.incident.AnalyzeIncidentService;
import io.llmim.application.incident.EnrichIncidentService;
import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.incident.IncidentLifecycleService;
import io.llmim.application.incident.IncidentQueryService;
import io.llmim.application.incident.ReportEventService;
import io.llmim.application.integration.AlertSeverityMapping;
import io.llmim.application.integration.AlertExpiryService;
import io.llmim.application.integration.AlertGrouping;
import io.llmim.application.integration.AlertQueryService;
import io.llmim.application.integration.AlertmanagerIngestService;
import io.llmim.application.integration.PostedAlertsService;
import io.llmim.application.port.in.ExpireAlertsUseCase;
import io.llmim.application.port.in.QueryAlertsUseCase;
import io.llmim.application.port.in.ReceiveAlertsUseCase;
import io.llmim.application.integration.PagerDutyEventsService;
import io.llmim.application.job.CorrelationJob;
import io.llmim.application.job.IncidentFollowUps;
import io.llmim.application.job.JobAdministrationService;
import io.llmim.application.job.JobQueryService;
import io.llmim.application.job.RelatedIncidentsService;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.StreamChangesUseCase;
import io.llmim.application.stream.ChangeStreamService;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.bootstrap.config.AppConfig;
import io.llmim.domain.MetricsPort;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The application's services wired to the store, the models and the metrics: the use cases the
 * HTTP area serves and the services the jobs area's handlers call. Starts the one thing the services
 * run on themselves, the pool that analyses incidents off the request path.
 */
final class ServicesFactory {

    private static final int BACKGROUND_THREADS = 4;
    private static final int BACKGROUND_BACKLOG = 10_000;

    /**
     * The services, and the configuration both areas read: which webhooks are notified and which
     * escalation policies apply decide which jobs a new incident gets, and what those jobs then do.
     */
    record Services(IncidentApiUseCases api, IncidentChanges changes, IncidentClock clock,
                    EnrichIncidentService enrichment, CorrelationJob correlation,
                    AlertmanagerIngestService alertmanager, PagerDutyEventsService pagerDuty,
                    ReceiveAlertsUseCase postedAlerts, QueryAlertsUseCase alertQueries, ExpireAlertsUseCase alertExpiry,
                    List<WebhookSender.Webhook> webhooks, List<IncidentFollowUps.EscalationPolicy> escalationPolicies,
                    StreamChangesUseCase stream, JobAdministrationService jobAdministration) {
    }

    private ServicesFactory() {
    }

    static Services wire(AppConfig config, Adapters.Store store, LlmAdapters.LlmPorts llm, MetricsPort metrics,
                         Clock clock, StartedComponents started) {
        IncidentRepository incidents = store.incidents();
        IncidentClock incidentClock = new IncidentClock(clock);
        IncidentChanges changes = new IncidentChanges(incidents, store.unitOfWork(), incidentClock, metrics,
                store.changeLog());
        IncidentQueryService queries = new IncidentQueryService(incidents);
        List<WebhookSender.Webhook> webhooks = SettingsMapping.webhooks(config);
        List<IncidentFollowUps.EscalationPolicy> policies = SettingsMapping.escalationPolicies(config);
        ReportEventUseCase report = new ReportEventService(incidents, new TimeOrderedIds(), incidentClock, changes,
                new IncidentFollowUps(store.jobs(), clock, config.jobs().enrichmentMinSeverity(), webhooks, policies));
        IncidentLifecycleService lifecycle = new IncidentLifecycleService(changes);
        CorrelationJob correlation = new CorrelationJob(incidents, store.correlationGroups(), changes,
                Duration.ofSeconds(config.correlation().windowSeconds()), llm.embedder());
        BackgroundWork background = started.add("background work",
                new BackgroundWork(BACKGROUND_THREADS, BACKGROUND_BACKLOG), BackgroundWork::stop);
        AnalyzeIncidentService analysis = new AnalyzeIncidentService(incidents, llm.analyst(), background, changes);
        AlertSeverityMapping alertSeverities = SettingsMapping.alertSeverities(config);
        AlertmanagerIngestService alertGroups = new AlertmanagerIngestService(report, lifecycle, incidents,
                store.alertMembers(), alertSeverities, store.jobs(), clock);
        AppConfig.AlertmanagerIntegration alertmanagerApi = config.integrations().alertmanager();
        AlertGrouping alertGrouping = new AlertGrouping(alertmanagerApi.groupBy());
        return new Services(
                new IncidentApiUseCases(report, lifecycle, queries, queries, analysis,
                        new RelatedIncidentsService(incidents, store.correlationGroups()),
                        new JobQueryService(store.jobs())),
                changes, incidentClock,
                new EnrichIncidentService(incidents, llm.classifier(), llm.enricher(), changes),
                correlation,
                alertGroups,
                new PagerDutyEventsService(SettingsMapping.pagerDutyServices(config), report, lifecycle, incidents,
                        alertSeverities),
                new PostedAlertsService(alertGroups, alertGrouping,
                        Duration.ofSeconds(alertmanagerApi.resolveTimeoutSeconds()), clock),
                new AlertQueryService(store.alertMembers(), alertGrouping, webhooks.stream().map(WebhookSender.Webhook::name).toList(),
                        clock),
                new AlertExpiryService(store.alertMembers(), alertGroups, clock),
                webhooks, policies, new ChangeStreamService(store.changeLog()),
                new JobAdministrationService(store.jobs(), clock));
    }
}
