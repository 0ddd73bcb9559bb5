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
import io.llmim.application.inhibition.InhibitionHolds;
import io.llmim.application.maintenance.MaintenanceWindowHolds;
import io.llmim.application.maintenance.MaintenanceWindowService;
import io.llmim.application.port.in.ManageMaintenanceWindowsUseCase;
import io.llmim.application.overview.OverviewService;
import io.llmim.application.port.in.OverviewQuery;
import io.llmim.application.job.SilenceNotices;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.ManageSilencesUseCase;
import io.llmim.application.port.in.StreamChangesUseCase;
import io.llmim.application.suppression.CurrentHolds;
import io.llmim.application.suppression.Holds;
import io.llmim.application.suppression.SilenceEvents;
import io.llmim.application.suppression.SilenceHolds;
import io.llmim.application.suppression.SilenceService;
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
    // How long the maintenance windows read for one hold decision serve the next ones: a window
    // created or changed on any instance applies within this.
    private static final Duration MAINTENANCE_REFRESH = Duration.ofSeconds(5);
    // Inhibition reads the active incidents: shortly, since a source that just opened should
    // inhibit at once, and boundedly, so that a storm does not make each decision read the store.
    private static final Duration INHIBITION_REFRESH = Duration.ofSeconds(1);
    private static final int INHIBITION_MAX_SOURCES = 1_000;

    /**
     * The services, and the configuration both areas read: which webhooks are notified and which
     * escalation policies apply decide which jobs a new incident gets, and what those jobs then do.
     */
    record Services(IncidentApiUseCases api, IncidentChanges changes, IncidentClock clock,
                    EnrichIncidentService enrichment, CorrelationJob correlation,
                    AlertmanagerIngestService alertmanager, PagerDutyEventsService pagerDuty,
                    ReceiveAlertsUseCase postedAlerts, QueryAlertsUseCase alertQueries, ExpireAlertsUseCase alertExpiry,
                    List<WebhookSender.Webhook> webhooks, List<IncidentFollowUps.EscalationPolicy> escalationPolicies,
                    StreamChangesUseCase stream, Suppression suppression,
                    ManageMaintenanceWindowsUseCase maintenanceWindows, JobAdministrationService jobAdministration,
                    OverviewQuery overview) {
    }

    /**
     * Muting: the silences the API manages, who hears of their beginnings and ends, and every kind of mute together
     * ({@link Holds}), which notifications, escalations and the alerts view ask.
     */
    record Suppression(ManageSilencesUseCase silences, Holds holds, SilenceEvents events) {
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
                store.alertMembers(), alertSeverities, store.jobs(), clock, store.unitOfWork());
        AppConfig.AlertmanagerIntegration alertmanagerApi = config.integrations().alertmanager();
        AlertGrouping alertGrouping = new AlertGrouping(alertmanagerApi.groupBy());
        // Every kind of mute, asked by notifications, escalations and the alerts view.
        Holds holds = new Holds(List.of(new SilenceHolds(store.silences()),
                new MaintenanceWindowHolds(store.maintenanceWindows(), clock, MAINTENANCE_REFRESH),
                new InhibitionHolds(SettingsMapping.inhibitRules(config), incidents, clock, INHIBITION_REFRESH,
                        INHIBITION_MAX_SOURCES)));
        SilenceNotices silenceNotices = new SilenceNotices(incidents, store.jobs(), webhooks, clock);
        JobAdministrationService jobAdministration = new JobAdministrationService(store.jobs(), clock);
        return new Services(
                new IncidentApiUseCases(report, lifecycle, queries, queries, analysis,
                        new RelatedIncidentsService(incidents, store.correlationGroups()),
                        new JobQueryService(store.jobs()), new CurrentHolds(holds, clock)),
                changes, incidentClock,
                new EnrichIncidentService(incidents, llm.classifier(), llm.enricher(), changes),
                correlation,
                alertGroups,
                new PagerDutyEventsService(SettingsMapping.pagerDutyServices(config), report, lifecycle, incidents,
                        alertSeverities),
                new PostedAlertsService(alertGroups, alertGrouping,
                        Duration.ofSeconds(alertmanagerApi.resolveTimeoutSeconds()), clock),
                new AlertQueryService(store.alertMembers(), alertGrouping, webhooks.stream().map(WebhookSender.Webhook::name).toList(),
                        clock, incidents, holds),
                new AlertExpiryService(store.alertMembers(), alertGroups, clock),
                webhooks, policies, new ChangeStreamService(store.changeLog()),
                new Suppression(new SilenceService(store.silences(), incidents, clock, silenceNotices), holds,
                        silenceNotices),
                new MaintenanceWindowService(store.maintenanceWindows(), clock),
                jobAdministration, new OverviewService(incidents, jobAdministration, llm.status(), clock));
    }
}
