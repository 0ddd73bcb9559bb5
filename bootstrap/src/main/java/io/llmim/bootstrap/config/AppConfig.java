package io.llmim.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The whole configuration, key for key as in {@code config-reference.toml} (snake_case in TOML,
 * camelCase here). Built only by {@link ConfigLoader}, which has already checked every key and type.
 */
public record AppConfig(Server server, Auth auth, Storage storage, Llm llm, Jobs jobs, Correlation correlation,
                        Escalation escalation, Notifications notifications, Integrations integrations,
                        Metrics metrics) {

    public record Integrations(AlertmanagerIntegration alertmanager, List<PagerDutyService> pagerduty) {
    }

    public record AlertmanagerIntegration(String defaultSeverity, Map<String, String> severityMap) {
    }

    public record PagerDutyService(String routingKey, String source, String category) {
    }

    public record Server(String listenAddress, long maxBodyBytes, int shutdownGraceSeconds) {
    }

    public record Auth(String tokensEnv) {
    }

    public record Storage(String url, String username, String passwordEnv, int poolSize) {
    }

    public record Llm(String provider, String baseUrl, String model, String apiKeyEnv, int timeoutSeconds,
                      int maxRetries, List<String> operations, CircuitBreaker circuitBreaker) {
    }

    public record CircuitBreaker(int failureThreshold, int openSeconds) {
    }

    public record Jobs(int workers, int maxAttempts, long backoffInitialMillis, int backoffMaxSeconds,
                       int timeoutSeconds, String enrichmentMinSeverity) {
    }

    public record Correlation(int windowSeconds) {
    }

    public record Escalation(List<EscalationPolicy> policies) {
    }

    public record EscalationPolicy(List<String> severities, int ackTimeoutSeconds,
                                   @JsonProperty("notify") List<String> notifyTargets) {
    }

    public record Notifications(int timeoutSeconds, List<Webhook> webhooks) {
    }

    public record Webhook(String name, String url, String format, String minSeverity) {
    }

    public record Metrics(boolean enabled, String listenAddress, String endpointPath, int labelValueLimit,
                          Map<String, String> globalLabels, MetricsHttp http, MetricsIncidents incidents,
                          MetricsLlm llm, MetricsJobs jobs, MetricsSystem system, Map<String, List<Double>> histograms,
                          PushGateway pushGateway, Alerts alerts) {
    }

    public record MetricsHttp(boolean enabled, boolean trackRequestSize, boolean trackResponseSize) {
    }

    public record MetricsIncidents(boolean enabled, boolean trackResolutionTime, boolean trackAcknowledgmentTime) {
    }

    public record MetricsLlm(boolean enabled, boolean trackTokenUsage, boolean trackCost,
                             @JsonProperty("cost_per_1k_tokens_prompt") double costPer1kTokensPrompt,
                             @JsonProperty("cost_per_1k_tokens_completion") double costPer1kTokensCompletion) {
    }

    public record MetricsJobs(boolean enabled, boolean trackQueueDepth) {
    }

    public record MetricsSystem(boolean enabled, int collectionIntervalSeconds, boolean trackMemory, boolean trackCpu,
                                boolean trackDisk) {
    }

    public record PushGateway(boolean enabled, String url, String jobName, int pushIntervalSeconds) {
    }

    public record Alerts(double highErrorRateThreshold, double highLatencyP95Seconds, int activeP0IncidentsThreshold) {
    }
}
