package io.llmim.application.port.out;

import java.util.Locale;

/** What an LLM call was for; {@link #label()} is the {@code operation} label value of docs/metrics.md. */
public enum LlmOperation {
    CLASSIFICATION, ENRICHMENT, ANALYSIS, EMBEDDING;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
