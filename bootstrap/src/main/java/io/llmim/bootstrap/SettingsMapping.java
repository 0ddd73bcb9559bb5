package io.llmim.bootstrap;

import io.llmim.adapter.grpc.GrpcApiSettings;
import io.llmim.application.inhibition.InhibitRule;
import io.llmim.domain.LabelMatcher;

import io.llmim.adapter.http.HttpApiSettings;
import io.llmim.adapter.http.StreamPace;
import io.llmim.adapter.llm.TokenPrices;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.adapter.jobs.JobExecutor;
import io.llmim.application.integration.AlertSeverityMapping;
import io.llmim.application.job.IncidentFollowUps;
import io.llmim.application.integration.PagerDutyEventsService;
import io.llmim.adapter.metrics.MetricsSettings;
import io.llmim.application.port.in.PrunableHistory;
import io.llmim.application.retention.HistoryRetentionService;
import io.llmim.bootstrap.config.AppConfig;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns configuration records into the shapes the application's services and the HTTP adapter take
 * (durations, resolved tokens). Keys are declared in {@link AppConfig} and the adapters' settings
 * records, not here.
 */
final class SettingsMapping {

    private static final int API_WORKERS = 32;
    private static final Duration JOB_POLL = Duration.ofMillis(200);

    private SettingsMapping() {
    }

    static HttpApiSettings api(AppConfig config, Map<String, String> env) {
        return new HttpApiSettings(config.server().maxBodyBytes(), config.auth().bearerTokens(env), API_WORKERS);
    }

    /** The REST API's message limit and tokens, and the change stream's pace for the watchers. */
    static GrpcApiSettings grpc(AppConfig config, Map<String, String> env) {
        return new GrpcApiSettings(GrpcApiSettings.messageLimit(config.server().maxBodyBytes()),
                config.auth().bearerTokens(env), API_WORKERS, Duration.ofMillis(config.stream().pollMillis()),
                config.stream().maxLagChanges());
    }

    static StreamPace streamPace(AppConfig config) {
        AppConfig.Stream stream = config.stream();
        return new StreamPace(Duration.ofMillis(stream.pollMillis()), Duration.ofSeconds(stream.heartbeatSeconds()),
                stream.maxLagChanges());
    }

    /** What every model call is charged at: the {@code [metrics.llm]} prices. */
    static TokenPrices llmPrices(AppConfig config) {
        MetricsSettings.Llm llm = config.metrics().llm();
        return new TokenPrices(llm.costPer1kTokensPrompt(), llm.costPer1kTokensCompletion());
    }

    static AlertSeverityMapping alertSeverities(AppConfig config) {
        AppConfig.AlertmanagerIntegration alertmanager = config.integrations().alertmanager();
        return new AlertSeverityMapping(alertmanager.severityMap(), alertmanager.defaultSeverity());
    }

    static List<InhibitRule> inhibitRules(AppConfig config) {
        return config.integrations().alertmanager().inhibitRules().stream().map(rule -> new InhibitRule(
                rule.sourceMatchers().stream().map(LabelMatcher::parse).toList(),
                rule.targetMatchers().stream().map(LabelMatcher::parse).toList(), rule.equal())).toList();
    }

    static Map<String, PagerDutyEventsService.Service> pagerDutyServices(AppConfig config) {
        return config.integrations().pagerduty().stream().collect(Collectors.toMap(AppConfig.PagerDutyService::routingKey,
                s -> new PagerDutyEventsService.Service(s.routingKey(), s.source(), s.category())));
    }

    static JobExecutor.Settings jobs(AppConfig config) {
        AppConfig.Jobs jobs = config.jobs();
        return new JobExecutor.Settings(jobs.workers(), jobs.maxAttempts(), Duration.ofMillis(jobs.backoffInitialMillis()),
                Duration.ofSeconds(jobs.backoffMaxSeconds()), Duration.ofSeconds(jobs.timeoutSeconds()), JOB_POLL,
                Duration.ofMillis(jobs.leaseMillis()), Duration.ofMillis(jobs.leaseRenewalMillis()));
    }

    /** One entry per kind of history the store prunes. */
    static List<HistoryRetentionService.Retention> retentions(AppConfig config) {
        AppConfig.Retention retention = config.retention();
        return List.of(
                new HistoryRetentionService.Retention(PrunableHistory.DONE_JOBS, Duration.ofHours(retention.doneJobsHours())),
                new HistoryRetentionService.Retention(PrunableHistory.DEAD_JOBS, Duration.ofHours(retention.deadJobsHours())),
                new HistoryRetentionService.Retention(PrunableHistory.ALERT_MEMBERS,
                        Duration.ofHours(retention.alertMembersHours())),
                new HistoryRetentionService.Retention(PrunableHistory.WEBHOOK_DELIVERIES,
                        Duration.ofHours(retention.webhookDeliveriesHours())),
                new HistoryRetentionService.Retention(PrunableHistory.CHANGE_LOG,
                        Duration.ofHours(config.stream().retentionHours())),
                new HistoryRetentionService.Retention(PrunableHistory.EXPIRED_SILENCES,
                        Duration.ofHours(config.integrations().alertmanager().silenceRetentionHours())));
    }

    static List<WebhookSender.Webhook> webhooks(AppConfig config) {
        return config.notifications().webhooks().stream().map(w -> new WebhookSender.Webhook(w.name(), w.url(),
                w.format().name().toLowerCase(Locale.ROOT), w.minSeverity())).toList();
    }

    static List<IncidentFollowUps.EscalationPolicy> escalationPolicies(AppConfig config) {
        return config.escalation().policies().stream().map(p -> new IncidentFollowUps.EscalationPolicy(
                p.severities(), Duration.ofSeconds(p.ackTimeoutSeconds()), p.notifyTargets())).toList();
    }
}
