package io.llmim.adapter.llm;

import java.util.Locale;

/** Who answers the model calls: {@code none} leaves every operation to the rules. */
public enum LlmProvider {
    NONE, OPENAI, ANTHROPIC;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The name in the configuration and in the metrics' {@code provider} label. */
    public String label() {
        return label;
    }
}
