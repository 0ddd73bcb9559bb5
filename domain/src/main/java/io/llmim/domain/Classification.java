package io.llmim.domain;

import java.util.Objects;

/**
 * A verdict on an incident's severity and category, with the classifier that reached it
 * ({@code rules}, or {@code openai/gpt-4}, ...) and how sure it is (0..1).
 */
public record Classification(Severity severity, Category category, double confidence, String classifier) {

    public Classification {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new InvalidIncidentDataException("confidence", "must be between 0 and 1");
        }
        if (classifier == null || classifier.isBlank()) {
            throw new InvalidIncidentDataException("classifier", "must be named");
        }
    }
}
