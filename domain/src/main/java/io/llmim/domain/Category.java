package io.llmim.domain;

import java.util.Locale;

/** What kind of trouble an incident is; {@link #label()} is the lower-case name used on the wire and in metrics. */
public enum Category {
    PERFORMANCE, SECURITY, AVAILABILITY, COMPLIANCE, COST, OTHER;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    /** Parses a label such as {@code performance}, case-insensitively. */
    public static Category parse(String value) {
        if (value != null) {
            for (Category category : values()) {
                if (category.label.equalsIgnoreCase(value)) {
                    return category;
                }
            }
        }
        throw new InvalidIncidentDataException("category",
                "must be one of performance, security, availability, compliance, cost, other");
    }
}
