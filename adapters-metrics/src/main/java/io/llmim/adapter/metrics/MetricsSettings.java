package io.llmim.adapter.metrics;

import io.llmim.application.settings.InvalidSettingException;

import java.util.List;
import java.util.Map;

import static io.llmim.application.settings.SettingChecks.httpUrl;
import static io.llmim.application.settings.SettingChecks.positive;

/**
 * The {@code [metrics]} section of the configuration, key for key as in docs/metrics.md, plus
 * {@code labelValueLimit}: how many distinct values an open label (source, path, model, ...) may
 * take before further values are recorded as {@code other}. Bound from TOML as it stands; each
 * record refuses a bad value naming its key relative to the record.
 */
public record MetricsSettings(
        boolean enabled,
        String listenAddress,
        String endpointPath,
        Map<String, String> globalLabels,
        Http http,
        Incidents incidents,
        Llm llm,
        Jobs jobs,
        SystemHealth system,
        Histograms histograms,
        PushGateway pushGateway,
        int labelValueLimit) {

    public static final int DEFAULT_LABEL_VALUE_LIMIT = 50;

    public MetricsSettings {
        HostAndPort.require("listen_address", listenAddress);
        if (endpointPath == null || !endpointPath.startsWith("/")) {
            throw new InvalidSettingException("endpoint_path", "must start with /");
        }
        globalLabels = Map.copyOf(globalLabels);
        positive("label_value_limit", labelValueLimit);
    }

    /** {@code [metrics.http]} */
    public record Http(boolean enabled, boolean trackRequestSize, boolean trackResponseSize) {
    }

    /** {@code [metrics.incidents]} */
    public record Incidents(boolean enabled, boolean trackResolutionTime, boolean trackAcknowledgmentTime) {
    }

    /** {@code [metrics.llm]}: the prices, dollars per 1,000 tokens, are what the LLM adapter charges every call at. */
    public record Llm(boolean enabled, boolean trackTokenUsage, boolean trackCost, double costPer1kTokensPrompt,
                      double costPer1kTokensCompletion) {
    }

    /** {@code [metrics.jobs]} */
    public record Jobs(boolean enabled, boolean trackQueueDepth) {
    }

    /** {@code [metrics.system]} */
    public record SystemHealth(boolean enabled, int collectionIntervalSeconds, boolean trackMemory, boolean trackCpu,
                               boolean trackDisk) {
        public SystemHealth {
            positive("collection_interval_seconds", collectionIntervalSeconds);
        }
    }

    /** {@code [metrics.histograms]}: bucket bounds, in the histogram's unit (seconds). */
    public record Histograms(List<Double> httpRequestDurationSeconds, List<Double> llmRequestDurationSeconds,
                             List<Double> incidentResolutionDurationSeconds) {
        public Histograms {
            httpRequestDurationSeconds = ascending("http_request_duration_seconds", httpRequestDurationSeconds);
            llmRequestDurationSeconds = ascending("llm_request_duration_seconds", llmRequestDurationSeconds);
            incidentResolutionDurationSeconds = ascending("incident_resolution_duration_seconds",
                    incidentResolutionDurationSeconds);
        }

        private static List<Double> ascending(String name, List<Double> buckets) {
            if (buckets.isEmpty()) {
                throw new InvalidSettingException(name, "needs at least one bucket");
            }
            for (int i = 1; i < buckets.size(); i++) {
                if (!(buckets.get(i) > buckets.get(i - 1))) {
                    throw new InvalidSettingException(name, "buckets must be strictly ascending");
                }
            }
            if (!(buckets.get(0) > 0)) {
                throw new InvalidSettingException(name, "buckets must be positive");
            }
            return List.copyOf(buckets);
        }
    }

    /** {@code [metrics.push_gateway]} */
    public record PushGateway(boolean enabled, String url, String jobName, int pushIntervalSeconds) {
        public PushGateway {
            httpUrl("url", url);
            positive("push_interval_seconds", pushIntervalSeconds);
        }
    }

    /**
     * The defaults of {@code defaults.toml}, for tests and benchmarks that build the adapter without a
     * configuration; a test in bootstrap ({@code ConfigLoaderTest}) keeps the two equal.
     */
    public static MetricsSettings defaults() {
        return new MetricsSettings(true, "0.0.0.0:9090", "/metrics", Map.of(),
                new Http(true, true, true),
                new Incidents(true, true, true),
                new Llm(true, true, true, 0.03, 0.06),
                new Jobs(true, true),
                new SystemHealth(true, 15, true, true, false),
                new Histograms(
                        List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
                        List.of(0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0),
                        List.of(60.0, 300.0, 900.0, 1800.0, 3600.0, 14400.0, 43200.0, 86400.0)),
                new PushGateway(false, "http://pushgateway:9091", "incident-manager", 60),
                DEFAULT_LABEL_VALUE_LIMIT);
    }
}
