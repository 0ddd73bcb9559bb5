package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Typed reads of senders' JSON that name the field when the type is wrong. */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new PayloadException(path + field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new PayloadException(path + field, "must be a string");
        }
        return value.textValue();
    }

    static Map<String, String> strings(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isObject()) {
            throw new PayloadException(path + field, "must be an object of strings");
        }
        value.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new PayloadException(path + field + "." + entry.getKey(), "must be a string");
            }
            result.put(entry.getKey(), entry.getValue().textValue());
        });
        return result;
    }

    static Instant instant(JsonNode node, String field, String path) {
        String text = text(node, field, path, false);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new PayloadException(path + field, "must be an RFC 3339 time");
        }
    }
}
