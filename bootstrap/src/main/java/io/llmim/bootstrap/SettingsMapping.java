package io.llmim.bootstrap;

import io.llmim.adapter.http.HttpApiSettings;
import io.llmim.adapter.llm.LlmSettings;
import io.llmim.adapter.llm.PriceTable;
import io.llmim.application.port.out.LlmOperation;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.adapter.jobs.JobExecutor;
import io.llmim.application.integration.AlertSeverityMapping;
import io.llmim.application.job.IncidentFollowUps;
import io.llmim.application.integration.PagerDutyEventsService;
import io.llmim.domain.Category;
import io.llmim.domain.Severity;
import io.llmim.adapter.metrics.MetricsSettings;
import io.llmim.adapter.persistence.StorageSettings;
import io.llmim.bootstrap.config.AppConfig;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the configuration into each adapter's own settings, resolving secrets from the environment. */
final class SettingsMapping {

    private static final int API_WORKERS = 32;
    private static final Duration JOB_POLL = Duration.ofMillis(200);

    private SettingsMapping() {
    }

    static StorageSettings storage(AppConfig config, Map<String, String> env) {
        AppConfig.Storage storage = config.storage();
        return new StorageSettings(storage.url(), storage.username(), env.getOrDefault(storage.passwordEnv(), ""),
                storage.poolSize());
    }

    static HttpApiSettings api(AppConfig config, Map<String, String> env) {
        String tokens = env.getOrDefault(config.auth().tokensEnv(), "");
        Set<String> bearerTokens = Arrays.stream(tokens.split(","))
                .map(String::strip).filter(token -> !token.isEmpty()).collect(Collectors.toSet());
        return new HttpApiSettings(config.server().maxBodyBytes(), bearerTokens, API_WORKERS);
    }

    static LlmSettings llm(AppConfig config, Map<String, String> env) {
        AppConfig.Llm llm = config.llm();
        AppConfig.MetricsLlm prices = config.metrics().llm();
        Set<LlmOperation> operations = llm.operations().stream()
                .map(operation -> LlmOperation.valueOf(operation.toUpperCase(java.util.Locale.ROOT)))
                .collect(Collectors.toSet());
        return new LlmSettings(llm.provider(), llm.baseUrl(), llm.model(), env.getOrDefault(llm.apiKeyEnv(), ""),
                java.time.Duration.ofSeconds(llm.timeoutSeconds()), llm.maxRetries(), operations,
                llm.circuitBreaker().failureThreshold(), java.time.Duration.ofSeconds(llm.circuitBreaker().openSeconds()),
                new PriceTable(new PriceTable.Price(prices.costPer1kTokensPrompt(), prices.costPer1kTokensCompletion()),
                        Map.of()));
    }

    static AlertSeverityMapping alertSeverities(AppConfig config) {
        Map<String, Severity> overrides = new java.util.HashMap<>();
        config.integrations().alertmanager().severityMap()
                .forEach((word, severity) -> overrides.put(word, Severity.parse(severity)));
        return new AlertSeverityMapping(overrides, Severity.parse(config.integrations().alertmanager().defaultSeverity()));
    }

    static Map<String, PagerDutyEventsService.Service> pagerDutyServices(AppConfig config) {
        return config.integrations().pagerduty().stream().collect(Collectors.toMap(AppConfig.PagerDutyService::routingKey,
                s -> new PagerDutyEventsService.Service(s.routingKey(), s.source(), Category.parse(s.category()))));
    }

    static JobExecutor.Settings jobs(AppConfig config) {
        AppConfig.Jobs jobs = config.jobs();
        return new JobExecutor.Settings(jobs.workers(), jobs.maxAttempts(), Duration.ofMillis(jobs.backoffInitialMillis()),
                Duration.ofSeconds(jobs.backoffMaxSeconds()), Duration.ofSeconds(jobs.timeoutSeconds()), JOB_POLL);
    }

    static List<WebhookSender.Webhook> webhooks(AppConfig config) {
        return config.notifications().webhooks().stream().map(w -> new WebhookSender.Webhook(w.name(), w.url(),
                w.format(), Severity.parse(w.minSeverity()))).toList();
    }

    static List<IncidentFollowUps.EscalationPolicy> escalationPolicies(AppConfig config) {
        return config.escalation().policies().stream().map(p -> new IncidentFollowUps.EscalationPolicy(
                p.severities().stream().map(Severity::parse).collect(Collectors.toSet()),
                Duration.ofSeconds(p.ackTimeoutSeconds()), p.notifyTargets())).toList();
    }

    static MetricsSettings metrics(AppConfig config) {
        AppConfig.Metrics m = config.metrics();
        MetricsSettings.Histograms defaults = MetricsSettings.defaults().histograms();
        Map<String, List<Double>> h = m.histograms();
        return new MetricsSettings(m.enabled(), m.listenAddress(), m.endpointPath(), m.globalLabels(),
                new MetricsSettings.Http(m.http().enabled(), m.http().trackRequestSize(), m.http().trackResponseSize()),
                new MetricsSettings.Incidents(m.incidents().enabled(), m.incidents().trackResolutionTime(),
                        m.incidents().trackAcknowledgmentTime()),
                new MetricsSettings.Llm(m.llm().enabled(), m.llm().trackTokenUsage(), m.llm().trackCost(),
                        m.llm().costPer1kTokensPrompt(), m.llm().costPer1kTokensCompletion()),
                new MetricsSettings.Jobs(m.jobs().enabled(), m.jobs().trackQueueDepth()),
                new MetricsSettings.SystemHealth(m.system().enabled(), m.system().collectionIntervalSeconds(),
                        m.system().trackMemory(), m.system().trackCpu(), m.system().trackDisk()),
                new MetricsSettings.Histograms(
                        h.getOrDefault("http_request_duration_seconds", defaults.httpRequestDurationSeconds()),
                        h.getOrDefault("llm_request_duration_seconds", defaults.llmRequestDurationSeconds()),
                        h.getOrDefault("incident_resolution_duration_seconds",
                                defaults.incidentResolutionDurationSeconds())),
                new MetricsSettings.PushGateway(m.pushGateway().enabled(), m.pushGateway().url(),
                        m.pushGateway().jobName(), m.pushGateway().pushIntervalSeconds()),
                new MetricsSettings.Alerts(m.alerts().highErrorRateThreshold(), m.alerts().highLatencyP95Seconds(),
                        m.alerts().activeP0IncidentsThreshold()),
                m.labelValueLimit());
    }
}
