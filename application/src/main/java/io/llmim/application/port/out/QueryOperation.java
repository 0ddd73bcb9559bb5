package io.llmim.application.port.out;

import java.util.Locale;

/** The kind of statement a query was; {@link #label()} is the {@code operation} label value of docs/metrics.md. */
public enum QueryOperation {
    SELECT, INSERT, UPDATE, DELETE;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
