package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.application.port.in.AlertmanagerNotification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.llmim.adapter.http.integration.JsonFields.instant;
import static io.llmim.adapter.http.integration.JsonFields.strings;
import static io.llmim.adapter.http.integration.JsonFields.text;

/** Reads the Alertmanager webhook payload, version 4; unknown fields are ignored. */
final class AlertmanagerPayload {

    // Alertmanager writes the zero time for "not ended yet".
    static final Instant NOT_ENDED = Instant.parse("0001-01-01T00:00:00Z");

    private AlertmanagerPayload() {
    }

    static AlertmanagerNotification parse(JsonNode body) {
        JsonNode alerts = body.get("alerts");
        if (alerts == null || !alerts.isArray()) {
            throw new InvalidRequestException("alerts", "must be a list");
        }
        List<AlertmanagerNotification.Alert> parsed = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            JsonNode alert = alerts.get(i);
            String path = "alerts[" + i + "].";
            if (!alert.isObject()) {
                throw new InvalidRequestException("alerts[" + i + "]", "must be an object");
            }
            String status = text(alert, "status", path, true);
            if (!status.equals("firing") && !status.equals("resolved")) {
                throw new InvalidRequestException(path + "status", "must be firing or resolved");
            }
            Instant endsAt = instant(alert, "endsAt", path);
            parsed.add(new AlertmanagerNotification.Alert(status, strings(alert, "labels", path),
                    strings(alert, "annotations", path), instant(alert, "startsAt", path),
                    NOT_ENDED.equals(endsAt) ? null : endsAt, text(alert, "generatorURL", path, false),
                    text(alert, "fingerprint", path, true)));
        }
        JsonNode truncated = body.get("truncatedAlerts");
        if (truncated != null && !truncated.isNull() && !truncated.isInt()) {
            throw new InvalidRequestException("truncatedAlerts", "must be a whole number");
        }
        return new AlertmanagerNotification(text(body, "groupKey", "", true), text(body, "status", "", false),
                text(body, "receiver", "", false), strings(body, "groupLabels", ""), strings(body, "commonLabels", ""),
                strings(body, "commonAnnotations", ""), text(body, "externalURL", "", false),
                truncated == null || truncated.isNull() ? 0 : truncated.intValue(), parsed);
    }
}
