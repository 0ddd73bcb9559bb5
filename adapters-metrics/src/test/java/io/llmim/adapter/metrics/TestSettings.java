package io.llmim.adapter.metrics;

import java.util.List;
import java.util.Map;

/** Variations of the default [metrics] settings, one knob at a time. */
final class TestSettings {

    private TestSettings() {
    }

    static MetricsSettings onLoopback() {
        return withListenAddress(MetricsSettings.defaults(), "127.0.0.1:0");
    }

    static MetricsSettings withListenAddress(MetricsSettings s, String address) {
        return new MetricsSettings(s.enabled(), address, s.endpointPath(), s.globalLabels(), s.http(), s.incidents(),
                s.llm(), s.jobs(), s.system(), s.histograms(), s.pushGateway(), s.labelValueLimit());
    }

    static MetricsSettings disabled() {
        MetricsSettings s = onLoopback();
        return new MetricsSettings(false, s.listenAddress(), s.endpointPath(), s.globalLabels(), s.http(),
                s.incidents(), s.llm(), s.jobs(), s.system(), s.histograms(), s.pushGateway(),
                s.labelValueLimit());
    }

    static MetricsSettings withGlobalLabels(Map<String, String> labels) {
        MetricsSettings s = onLoopback();
        return new MetricsSettings(s.enabled(), s.listenAddress(), s.endpointPath(), labels, s.http(), s.incidents(),
                s.llm(), s.jobs(), s.system(), s.histograms(), s.pushGateway(), s.labelValueLimit());
    }

    static MetricsSettings withHttpBuckets(List<Double> buckets) {
        MetricsSettings s = onLoopback();
        return new MetricsSettings(s.enabled(), s.listenAddress(), s.endpointPath(), s.globalLabels(), s.http(),
                s.incidents(), s.llm(), s.jobs(), s.system(),
                new MetricsSettings.Histograms(buckets, s.histograms().llmRequestDurationSeconds(),
                        s.histograms().incidentResolutionDurationSeconds()),
                s.pushGateway(), s.labelValueLimit());
    }

    static MetricsSettings withHttp(MetricsSettings.Http http) {
        MetricsSettings s = onLoopback();
        return new MetricsSettings(s.enabled(), s.listenAddress(), s.endpointPath(), s.globalLabels(), http,
                s.incidents(), s.llm(), s.jobs(), s.system(), s.histograms(), s.pushGateway(),
                s.labelValueLimit());
    }

    static MetricsSettings withPushGateway(String url) {
        MetricsSettings s = onLoopback();
        return new MetricsSettings(s.enabled(), s.listenAddress(), s.endpointPath(), s.globalLabels(), s.http(),
                s.incidents(), s.llm(), s.jobs(), s.system(), s.histograms(),
                new MetricsSettings.PushGateway(true, url, "incident-manager-test", 1),
                s.labelValueLimit());
    }
}
