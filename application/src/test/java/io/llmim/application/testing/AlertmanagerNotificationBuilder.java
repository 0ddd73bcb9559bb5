package io.llmim.application.testing;

import io.llmim.application.port.in.AlertmanagerNotification;
import io.llmim.application.port.in.AlertmanagerNotification.Alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test data: {@code aNotification().firing("a1", "critical").resolved("a2").build()}. */
public final class AlertmanagerNotificationBuilder {

    private static final Instant STARTED = Instant.parse("2026-02-01T10:00:00Z");

    private String groupKey = "{}:{alertname=\"HighLatency\"}";
    private final List<Alert> alerts = new ArrayList<>();
    private Map<String, String> commonLabels = Map.of("alertname", "HighLatency", "service", "chat");

    private AlertmanagerNotificationBuilder() {
    }

    public static AlertmanagerNotificationBuilder aNotification() {
        return new AlertmanagerNotificationBuilder();
    }

    public AlertmanagerNotificationBuilder group(String groupKey) {
        this.groupKey = groupKey;
        return this;
    }

    public AlertmanagerNotificationBuilder commonLabels(Map<String, String> labels) {
        this.commonLabels = labels;
        return this;
    }

    public AlertmanagerNotificationBuilder firing(String fingerprint, String severity) {
        alerts.add(new Alert("firing", Map.of("alertname", "HighLatency", "severity", severity),
                Map.of(), STARTED, null, "http://prometheus/graph", fingerprint));
        return this;
    }

    public AlertmanagerNotificationBuilder resolved(String fingerprint) {
        alerts.add(new Alert("resolved", Map.of("alertname", "HighLatency", "severity", "warning"),
                Map.of(), STARTED, STARTED.plusSeconds(600), "http://prometheus/graph", fingerprint));
        return this;
    }

    public AlertmanagerNotification build() {
        boolean anyFiring = alerts.stream().anyMatch(Alert::firing);
        return new AlertmanagerNotification(groupKey, anyFiring ? "firing" : "resolved", "incident-manager",
                Map.of("alertname", "HighLatency"), commonLabels,
                Map.of("summary", "p99 latency above 2s on chat"), "http://alertmanager", 0, alerts);
    }
}
