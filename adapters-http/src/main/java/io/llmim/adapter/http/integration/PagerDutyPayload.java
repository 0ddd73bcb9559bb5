package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.application.port.in.PagerDutyEvent;

import java.util.Locale;
import java.util.Set;

import static io.llmim.adapter.http.integration.JsonFields.instant;
import static io.llmim.adapter.http.integration.JsonFields.plainTree;
import static io.llmim.adapter.http.integration.JsonFields.text;

/** Reads a PagerDuty Events API v2 event; {@code links}, {@code images} and client fields are accepted and ignored. */
final class PagerDutyPayload {

    private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");
    private static final int MAX_DEDUP_KEY = 255;
    private static final int MAX_SUMMARY = 1024;

    private PagerDutyPayload() {
    }

    static PagerDutyEvent parse(JsonNode body) {
        String routingKey = text(body, "routing_key", "", true);
        String actionText = text(body, "event_action", "", true);
        PagerDutyEvent.Action action;
        try {
            action = PagerDutyEvent.Action.valueOf(actionText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("event_action", "must be trigger, acknowledge or resolve");
        }
        String dedupKey = text(body, "dedup_key", "", action != PagerDutyEvent.Action.TRIGGER);
        if (dedupKey != null && dedupKey.length() > MAX_DEDUP_KEY) {
            throw new InvalidRequestException("dedup_key", "must be at most " + MAX_DEDUP_KEY + " characters");
        }
        if (action != PagerDutyEvent.Action.TRIGGER) {
            return new PagerDutyEvent(routingKey, action, dedupKey, null, null, null, null, null, null, null, null);
        }
        JsonNode payload = body.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new InvalidRequestException("payload", "is required for trigger");
        }
        String summary = text(payload, "summary", "payload.", true);
        if (summary.isBlank() || summary.length() > MAX_SUMMARY) {
            throw new InvalidRequestException("payload.summary", "must be 1 to " + MAX_SUMMARY + " characters");
        }
        String severity = text(payload, "severity", "payload.", true);
        if (!SEVERITIES.contains(severity)) {
            throw new InvalidRequestException("payload.severity", "must be critical, error, warning or info");
        }
        JsonNode details = payload.get("custom_details");
        return new PagerDutyEvent(routingKey, action, dedupKey, summary, text(payload, "source", "payload.", true),
                severity, instant(payload, "timestamp", "payload."), text(payload, "component", "payload.", false),
                text(payload, "group", "payload.", false), text(payload, "class", "payload.", false),
                details == null || details.isNull() ? null : plainTree(details, "payload.custom_details").toString());
    }
}
