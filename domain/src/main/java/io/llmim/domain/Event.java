package io.llmim.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Something a monitoring system reported: the raw material of incidents. Severity and category
 * are optional because senders often do not know them; a classifier fills them in.
 *
 * <p>The limits keep one sender from storing megabytes per incident, and every text is
 * {@link PlainText} so that every store can hold it; each violation names its field.
 */
public record Event(
        String source,
        String title,
        String description,
        Severity severity,
        Category category,
        String dedupKey,
        Map<String, String> labels,
        Instant occurredAt) {

    public static final int MAX_SOURCE_LENGTH = 128;
    public static final int MAX_TITLE_LENGTH = 512;
    public static final int MAX_DESCRIPTION_LENGTH = 16_384;
    public static final int MAX_DEDUP_KEY_LENGTH = 255;
    public static final int MAX_LABELS = 64;
    public static final int MAX_LABEL_KEY_LENGTH = 128;
    public static final int MAX_LABEL_VALUE_LENGTH = 1_024;

    public Event {
        source = requireText("source", source, MAX_SOURCE_LENGTH);
        title = requireText("title", title, MAX_TITLE_LENGTH);
        description = description == null ? "" : limit("description", description, MAX_DESCRIPTION_LENGTH);
        if (dedupKey != null) {
            dedupKey = requireText("dedup_key", dedupKey, MAX_DEDUP_KEY_LENGTH);
        }
        labels = copyLabels(labels);
    }

    public Optional<Severity> reportedSeverity() {
        return Optional.ofNullable(severity);
    }

    public Optional<Category> reportedCategory() {
        return Optional.ofNullable(category);
    }

    public Optional<Instant> reportedOccurredAt() {
        return Optional.ofNullable(occurredAt);
    }

    /** The sender's dedup key when it gave one, otherwise derived from source, title and labels. */
    public Fingerprint fingerprint() {
        return dedupKey != null ? Fingerprint.ofDedupKey(dedupKey) : Fingerprint.derive(source, title, labels);
    }

    private static String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidIncidentDataException(field, "is required and must not be blank");
        }
        return limit(field, value.strip(), maxLength);
    }

    private static String limit(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidIncidentDataException(field, "must be at most " + maxLength + " characters");
        }
        return PlainText.require(field, value);
    }

    private static Map<String, String> copyLabels(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return Map.of();
        }
        if (labels.size() > MAX_LABELS) {
            throw new InvalidIncidentDataException("labels", "must have at most " + MAX_LABELS + " entries");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        labels.forEach((key, value) -> {
            String name = requireText("labels", key, MAX_LABEL_KEY_LENGTH);
            if (value == null) {
                throw new InvalidIncidentDataException("labels." + name, "must not be null");
            }
            copy.put(name, limit("labels." + name, value, MAX_LABEL_VALUE_LENGTH));
        });
        return Collections.unmodifiableMap(copy);
    }
}
