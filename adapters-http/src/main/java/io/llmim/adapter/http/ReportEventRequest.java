package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmim.domain.Category;
import io.llmim.domain.Event;
import io.llmim.domain.Severity;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the body of {@code POST /v1/incidents} into an {@link Event}, naming the field of every
 * type error. Length limits are the domain's: {@link Event} names those fields itself.
 * Unknown fields are ignored so that senders may add their own.
 */
final class ReportEventRequest {

    private ReportEventRequest() {
    }

    static Event parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object");
        }
        String severity = optionalText(body, "severity");
        String category = optionalText(body, "category");
        String occurredAt = optionalText(body, "occurred_at");
        return new Event(
                requiredText(body, "source"),
                requiredText(body, "title"),
                optionalText(body, "description"),
                severity == null ? null : Severity.parse(severity),
                category == null ? null : Category.parse(category),
                optionalText(body, "dedup_key"),
                labels(body.get("labels")),
                occurredAt == null ? null : instant("occurred_at", occurredAt));
    }

    static String requiredText(JsonNode body, String field) {
        String value = optionalText(body, field);
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
        return value;
    }

    static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidRequestException(field, "must be a string");
        }
        return value.textValue();
    }

    private static Map<String, String> labels(JsonNode labels) {
        if (labels == null || labels.isNull()) {
            return Map.of();
        }
        if (!labels.isObject()) {
            throw new InvalidRequestException("labels", "must be an object of strings");
        }
        Map<String, String> result = new LinkedHashMap<>();
        labels.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new InvalidRequestException("labels." + entry.getKey(), "must be a string");
            }
            result.put(entry.getKey(), entry.getValue().textValue());
        });
        return result;
    }

    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
