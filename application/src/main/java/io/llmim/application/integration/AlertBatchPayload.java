package io.llmim.application.integration;

import io.llmim.application.port.in.AlertmanagerNotification;
import io.llmim.application.port.in.AlertmanagerNotification.Alert;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A notification as a job's flat string payload and back: {@code group_key}, {@code common_label.service},
 * {@code alert.3.label.instance}, ... Absent values are left out; label and annotation names come last
 * in each key, so they may hold any character.
 */
final class AlertBatchPayload {

    private static final String ALERTS = "alerts";
    private static final String ALERT = "alert.";

    private AlertBatchPayload() {
    }

    static Map<String, String> encode(AlertmanagerNotification n) {
        Map<String, String> payload = new HashMap<>();
        putIfPresent(payload, "group_key", n.groupKey());
        putIfPresent(payload, "status", n.status());
        putIfPresent(payload, "receiver", n.receiver());
        putIfPresent(payload, "external_url", n.externalUrl());
        payload.put("truncated_alerts", String.valueOf(n.truncatedAlerts()));
        putAll(payload, "group_label.", n.groupLabels());
        putAll(payload, "common_label.", n.commonLabels());
        putAll(payload, "common_annotation.", n.commonAnnotations());
        payload.put(ALERTS, String.valueOf(n.alerts().size()));
        for (int i = 0; i < n.alerts().size(); i++) {
            Alert alert = n.alerts().get(i);
            String prefix = ALERT + i + ".";
            putIfPresent(payload, prefix + "status", alert.status());
            putIfPresent(payload, prefix + "fingerprint", alert.fingerprint());
            putIfPresent(payload, prefix + "generator_url", alert.generatorUrl());
            putIfPresent(payload, prefix + "starts_at", alert.startsAt() == null ? null : alert.startsAt().toString());
            putIfPresent(payload, prefix + "ends_at", alert.endsAt() == null ? null : alert.endsAt().toString());
            putAll(payload, prefix + "label.", alert.labels());
            putAll(payload, prefix + "annotation.", alert.annotations());
        }
        return payload;
    }

    /** @throws JobFailedException, never worth a retry, when the payload was not written by {@link #encode} */
    static AlertmanagerNotification decode(Map<String, String> payload) {
        try {
            List<Alert> alerts = new ArrayList<>();
            int count = Integer.parseInt(payload.get(ALERTS));
            for (int i = 0; i < count; i++) {
                String prefix = ALERT + i + ".";
                alerts.add(new Alert(payload.get(prefix + "status"), withPrefix(payload, prefix + "label."),
                        withPrefix(payload, prefix + "annotation."), instant(payload.get(prefix + "starts_at")),
                        instant(payload.get(prefix + "ends_at")), payload.get(prefix + "generator_url"),
                        payload.get(prefix + "fingerprint")));
            }
            return new AlertmanagerNotification(payload.get("group_key"), payload.get("status"),
                    payload.get("receiver"), withPrefix(payload, "group_label."), withPrefix(payload, "common_label."),
                    withPrefix(payload, "common_annotation."), payload.get("external_url"),
                    Integer.parseInt(payload.get("truncated_alerts")), alerts);
        } catch (RuntimeException e) {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, "payload is not an alert batch: " + e);
        }
    }

    private static void putIfPresent(Map<String, String> payload, String key, String value) {
        if (value != null) {
            payload.put(key, value);
        }
    }

    private static void putAll(Map<String, String> payload, String prefix, Map<String, String> values) {
        values.forEach((name, value) -> payload.put(prefix + name, value));
    }

    private static Map<String, String> withPrefix(Map<String, String> payload, String prefix) {
        Map<String, String> values = new TreeMap<>();
        payload.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                values.put(key.substring(prefix.length()), value);
            }
        });
        return values;
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
