package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.domain.PlainText;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed reads of senders' JSON that name the field when the type is wrong or the text is not
 * {@link PlainText} (fields that never become an {@code Event}'s, such as a group key, are checked here).
 */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidRequestException(path + field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidRequestException(path + field, "must be a string");
        }
        return plain(path + field, value.textValue());
    }

    static Map<String, String> strings(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isObject()) {
            throw new InvalidRequestException(path + field, "must be an object of strings");
        }
        value.fields().forEachRemaining(entry -> {
            String name = path + field + "." + entry.getKey();
            if (!entry.getValue().isTextual()) {
                throw new InvalidRequestException(name, "must be a string");
            }
            result.put(plain(path + field, entry.getKey()), plain(name, entry.getValue().textValue()));
        });
        return result;
    }

    /** Free-form JSON kept as sent: every name and string in it must be plain text too. */
    static JsonNode plainTree(JsonNode node, String path) {
        if (node.isTextual()) {
            plain(path, node.textValue());
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                plainTree(node.get(i), path + "[" + i + "]");
            }
        }
        node.fields().forEachRemaining(entry ->
                plainTree(entry.getValue(), path + "." + plain(path, entry.getKey())));
        return node;
    }

    static Instant instant(JsonNode node, String field, String path) {
        String text = text(node, field, path, false);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidRequestException(path + field, "must be an RFC 3339 time");
        }
    }

    private static String plain(String field, String text) {
        if (!PlainText.isPlain(text)) {
            throw new InvalidRequestException(field, PlainText.RULE);
        }
        return text;
    }
}
