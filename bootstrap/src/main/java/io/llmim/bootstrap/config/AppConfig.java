package io.llmim.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.llmim.adapter.llm.LlmSettings;
import io.llmim.adapter.metrics.HostAndPort;
import io.llmim.adapter.metrics.MetricsSettings;
import io.llmim.adapter.persistence.StorageSettings;
import io.llmim.application.settings.InvalidSettingException;
import io.llmim.domain.Category;
import io.llmim.domain.Severity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.llmim.application.settings.SettingChecks.atLeast;
import static io.llmim.application.settings.SettingChecks.httpUrl;
import static io.llmim.application.settings.SettingChecks.positive;

/**
 * The whole configuration: each record declares the keys of one table (snake_case in TOML,
 * camelCase here) and refuses a bad value in its constructor, naming the key relative to the table.
 * Built only by {@link ConfigLoader}, which binds {@code defaults.toml} under the operator's file.
 */
public record AppConfig(Server server, Auth auth, StorageSettings storage, LlmSettings llm, Jobs jobs,
                        Correlation correlation, Escalation escalation, Notifications notifications,
                        Integrations integrations, Retention retention, Stream stream,
                        MetricsSettings metrics) {

    public AppConfig {
        Set<String> webhooks = new HashSet<>();
        notifications.webhooks().forEach(webhook -> webhooks.add(webhook.name()));
        for (int i = 0; i < escalation.policies().size(); i++) {
            for (String target : escalation.policies().get(i).notifyTargets()) {
                if (!webhooks.contains(target)) {
                    throw new InvalidSettingException("escalation.policies[" + i + "].notify",
                            "'" + target + "' names no [[notifications.webhooks]]");
                }
            }
        }
    }

    /** {@code grpc_listen_address} empty: no gRPC server. */
    public record Server(String listenAddress, long maxBodyBytes, int shutdownGraceSeconds, String grpcListenAddress) {
        public Server {
            HostAndPort.require("listen_address", listenAddress);
            if (!grpcListenAddress.isEmpty()) {
                HostAndPort.require("grpc_listen_address", grpcListenAddress);
            }
            positive("max_body_bytes", maxBodyBytes);
            atLeast("shutdown_grace_seconds", shutdownGraceSeconds, 0);
        }
    }

    /** {@code tokens_env} names the variable holding the bearer tokens, comma-separated. */
    public record Auth(String tokensEnv) {

        /** The tokens the variable holds; none (an open API) when it is unset or empty. */
        public Set<String> bearerTokens(Map<String, String> environment) {
            return Arrays.stream(environment.getOrDefault(tokensEnv, "").split(","))
                    .map(String::strip).filter(token -> !token.isEmpty()).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The job executor's settings, and the least severity whose incidents the model enriches. */
    public record Jobs(int workers, int maxAttempts, long backoffInitialMillis, int backoffMaxSeconds,
                       int timeoutSeconds, long leaseMillis, long leaseRenewalMillis, Severity enrichmentMinSeverity) {
        public Jobs {
            positive("workers", workers);
            positive("max_attempts", maxAttempts);
            positive("backoff_initial_millis", backoffInitialMillis);
            positive("backoff_max_seconds", backoffMaxSeconds);
            positive("timeout_seconds", timeoutSeconds);
            positive("lease_millis", leaseMillis);
            positive("lease_renewal_millis", leaseRenewalMillis);
            if (leaseRenewalMillis >= leaseMillis) {
                throw new InvalidSettingException("lease_renewal_millis",
                        "must be shorter than lease_millis (" + leaseMillis + "), or leases run out while jobs run");
            }
        }
    }

    public record Correlation(int windowSeconds) {
        public Correlation {
            positive("window_seconds", windowSeconds);
        }
    }

    /**
     * How long each kind of history is kept, in hours (0 keeps it forever), and how often what is
     * older is deleted.
     */
    public record Retention(int doneJobsHours, int deadJobsHours, int alertMembersHours,
                            int webhookDeliveriesHours, int pruneIntervalSeconds) {
        public Retention {
            atLeast("done_jobs_hours", doneJobsHours, 0);
            atLeast("dead_jobs_hours", deadJobsHours, 0);
            atLeast("alert_members_hours", alertMembersHours, 0);
            atLeast("webhook_deliveries_hours", webhookDeliveriesHours, 0);
            positive("prune_interval_seconds", pruneIntervalSeconds);
        }
    }

    /**
     * The live change stream, {@code GET /v1/events}: how long the change log keeps changes for
     * clients to resume (hours, 0 forever), and its pace (see {@code StreamPace}).
     */
    public record Stream(int retentionHours, int pollMillis, int heartbeatSeconds, int maxLagChanges) {
        public Stream {
            atLeast("retention_hours", retentionHours, 0);
            positive("poll_millis", pollMillis);
            positive("heartbeat_seconds", heartbeatSeconds);
            positive("max_lag_changes", maxLagChanges);
        }
    }

    public record Escalation(List<EscalationPolicy> policies) {
        public Escalation {
            policies = List.copyOf(policies);
        }
    }

    /** {@code notify} names webhooks; a record cannot have a component called {@code notify}. */
    public record EscalationPolicy(Set<Severity> severities, int ackTimeoutSeconds,
                                   @JsonProperty("notify") List<String> notifyTargets) {
        public EscalationPolicy {
            severities = Set.copyOf(severities);
            positive("ack_timeout_seconds", ackTimeoutSeconds);
            notifyTargets = List.copyOf(notifyTargets);
        }
    }

    public record Notifications(int timeoutSeconds, List<Webhook> webhooks) {
        public Notifications {
            positive("timeout_seconds", timeoutSeconds);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < webhooks.size(); i++) {
                if (!names.add(webhooks.get(i).name())) {
                    throw new InvalidSettingException("webhooks[" + i + "].name",
                            "'" + webhooks.get(i).name() + "' is used twice");
                }
            }
            webhooks = List.copyOf(webhooks);
        }
    }

    public enum WebhookFormat { GENERIC, SLACK }

    public record Webhook(String name, String url, WebhookFormat format, Severity minSeverity) {
        public Webhook {
            httpUrl("url", url);
        }
    }

    public record Integrations(AlertmanagerIntegration alertmanager, List<PagerDutyService> pagerduty) {
        public Integrations {
            Set<String> routingKeys = new HashSet<>();
            for (int i = 0; i < pagerduty.size(); i++) {
                if (!routingKeys.add(pagerduty.get(i).routingKey())) {
                    throw new InvalidSettingException("pagerduty[" + i + "].routing_key", "is used twice");
                }
            }
            pagerduty = List.copyOf(pagerduty);
        }
    }

    /**
     * {@code severity_map}: the operator's alert severity words, each to an incident severity;
     * {@code group_by}: the labels that group alerts posted to {@code /api/v2/alerts} into incidents
     * ({@code ["..."]}: all of them); {@code resolve_timeout_seconds}: how long a posted alert without
     * an end fires without a repeat; {@code silence_retention_hours}: how long an expired silence is
     * kept (listed by {@code GET /api/v2/silences}) before it is deleted, 0 for ever;
     * {@code inhibit_rules}: Alertmanager's inhibition rules.
     */
    public record AlertmanagerIntegration(Severity defaultSeverity, Map<String, Severity> severityMap,
                                          List<String> groupBy, long resolveTimeoutSeconds,
                                          int silenceRetentionHours, List<ConfiguredInhibitRule> inhibitRules) {
        public AlertmanagerIntegration {
            severityMap = Map.copyOf(severityMap);
            groupBy = List.copyOf(groupBy);
            positive("resolve_timeout_seconds", resolveTimeoutSeconds);
            atLeast("silence_retention_hours", silenceRetentionHours, 0);
            inhibitRules = List.copyOf(inhibitRules);
        }
    }

    public record PagerDutyService(String routingKey, String source, Category category) {
        public PagerDutyService {
            if (routingKey.isBlank()) {
                throw new InvalidSettingException("routing_key", "must not be empty");
            }
            if (source.isBlank() || source.length() > 128) {
                throw new InvalidSettingException("source", "must be 1 to 128 characters");
            }
        }
    }
}
