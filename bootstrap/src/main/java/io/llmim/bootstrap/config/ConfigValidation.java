package io.llmim.bootstrap.config;

import io.llmim.adapter.metrics.HostAndPort;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.Severity;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks types alone cannot express: addresses, ranges, names and references between sections. */
final class ConfigValidation {

    private static final Set<String> PROVIDERS = Set.of("none", "openai", "anthropic");
    private static final Set<String> OPERATIONS = Set.of("classification", "enrichment", "analysis", "embedding");
    private static final Set<String> WEBHOOK_FORMATS = Set.of("generic", "slack");

    private ConfigValidation() {
    }

    static void validate(AppConfig c) {
        address("server.listen_address", c.server().listenAddress());
        address("metrics.listen_address", c.metrics().listenAddress());
        positive("server.max_body_bytes", c.server().maxBodyBytes());
        atLeast("server.shutdown_grace_seconds", c.server().shutdownGraceSeconds(), 0);
        if (!c.storage().url().startsWith("jdbc:sqlite:") && !c.storage().url().startsWith("jdbc:postgresql:")) {
            throw new ConfigException("storage.url", "must start with jdbc:sqlite: or jdbc:postgresql:");
        }
        positive("storage.pool_size", c.storage().poolSize());
        oneOf("llm.provider", c.llm().provider(), PROVIDERS);
        c.llm().operations().forEach(operation -> oneOf("llm.operations", operation, OPERATIONS));
        url("llm.base_url", c.llm().baseUrl());
        positive("llm.timeout_seconds", c.llm().timeoutSeconds());
        atLeast("llm.max_retries", c.llm().maxRetries(), 0);
        positive("llm.circuit_breaker.failure_threshold", c.llm().circuitBreaker().failureThreshold());
        positive("llm.circuit_breaker.open_seconds", c.llm().circuitBreaker().openSeconds());
        positive("jobs.workers", c.jobs().workers());
        positive("jobs.max_attempts", c.jobs().maxAttempts());
        positive("jobs.backoff_initial_millis", c.jobs().backoffInitialMillis());
        positive("jobs.backoff_max_seconds", c.jobs().backoffMaxSeconds());
        positive("jobs.timeout_seconds", c.jobs().timeoutSeconds());
        positive("correlation.window_seconds", c.correlation().windowSeconds());
        severity("jobs.enrichment_min_severity", c.jobs().enrichmentMinSeverity());
        positive("notifications.timeout_seconds", c.notifications().timeoutSeconds());
        Set<String> webhookNames = new HashSet<>();
        List<AppConfig.Webhook> webhooks = c.notifications().webhooks();
        for (int i = 0; i < webhooks.size(); i++) {
            String key = "notifications.webhooks[" + i + "]";
            AppConfig.Webhook webhook = webhooks.get(i);
            if (!webhookNames.add(webhook.name())) {
                throw new ConfigException(key + ".name", "'" + webhook.name() + "' is used twice");
            }
            url(key + ".url", webhook.url());
            oneOf(key + ".format", webhook.format(), WEBHOOK_FORMATS);
            severity(key + ".min_severity", webhook.minSeverity());
        }
        List<AppConfig.EscalationPolicy> policies = c.escalation().policies();
        for (int i = 0; i < policies.size(); i++) {
            String key = "escalation.policies[" + i + "]";
            AppConfig.EscalationPolicy policy = policies.get(i);
            policy.severities().forEach(severity -> severity(key + ".severities", severity));
            positive(key + ".ack_timeout_seconds", policy.ackTimeoutSeconds());
            for (String target : policy.notifyTargets()) {
                if (!webhookNames.contains(target)) {
                    throw new ConfigException(key + ".notify", "'" + target + "' names no [[notifications.webhooks]]");
                }
            }
        }
        severity("integrations.alertmanager.default_severity", c.integrations().alertmanager().defaultSeverity());
        c.integrations().alertmanager().severityMap().forEach((word, severity) ->
                severity("integrations.alertmanager.severity_map." + word, severity));
        Set<String> routingKeys = new HashSet<>();
        List<AppConfig.PagerDutyService> services = c.integrations().pagerduty();
        for (int i = 0; i < services.size(); i++) {
            String key = "integrations.pagerduty[" + i + "]";
            AppConfig.PagerDutyService service = services.get(i);
            if (service.routingKey().isBlank() || !routingKeys.add(service.routingKey())) {
                throw new ConfigException(key + ".routing_key", "must be non-empty and unique");
            }
            if (service.source().isBlank() || service.source().length() > 128) {
                throw new ConfigException(key + ".source", "must be 1 to 128 characters");
            }
            try {
                io.llmim.domain.Category.parse(service.category());
            } catch (InvalidIncidentDataException e) {
                throw new ConfigException(key + ".category", e.getMessage().substring("category: ".length()));
            }
        }
        if (!c.metrics().endpointPath().startsWith("/")) {
            throw new ConfigException("metrics.endpoint_path", "must start with /");
        }
        positive("metrics.label_value_limit", c.metrics().labelValueLimit());
        positive("metrics.system.collection_interval_seconds", c.metrics().system().collectionIntervalSeconds());
        positive("metrics.push_gateway.push_interval_seconds", c.metrics().pushGateway().pushIntervalSeconds());
        url("metrics.push_gateway.url", c.metrics().pushGateway().url());
        c.metrics().histograms().forEach((name, buckets) -> {
            if (!Set.of("http_request_duration_seconds", "llm_request_duration_seconds",
                    "incident_resolution_duration_seconds").contains(name)) {
                throw new ConfigException("metrics.histograms." + name, "unknown histogram");
            }
            for (int i = 0; i < buckets.size(); i++) {
                if (!(buckets.get(i) > 0) || (i > 0 && !(buckets.get(i) > buckets.get(i - 1)))) {
                    throw new ConfigException("metrics.histograms." + name, "buckets must be positive and ascending");
                }
            }
        });
    }

    private static void address(String key, String value) {
        try {
            HostAndPort.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, e.getMessage());
        }
    }

    private static void url(String key, String value) {
        try {
            URI uri = URI.create(value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigException(key, "must be an http:// or https:// URL");
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, "must be an http:// or https:// URL");
        }
    }

    private static void severity(String key, String value) {
        try {
            Severity.parse(value);
        } catch (InvalidIncidentDataException e) {
            throw new ConfigException(key, "must be one of P0, P1, P2, P3, P4");
        }
    }

    private static void oneOf(String key, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new ConfigException(key, "'" + value + "' is not one of " + new java.util.TreeSet<>(allowed));
        }
    }

    private static void positive(String key, long value) {
        atLeast(key, value, 1);
    }

    private static void atLeast(String key, long value, long minimum) {
        if (value < minimum) {
            throw new ConfigException(key, "must be at least " + minimum);
        }
    }
}
