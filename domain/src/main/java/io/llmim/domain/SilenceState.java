package io.llmim.domain;

import java.util.Locale;

/** Where a silence stands at an instant, as Alertmanager derives it from its start and end. */
public enum SilenceState {
    PENDING, ACTIVE, EXPIRED;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case spelling Alertmanager's API and the {@code state} metric label use. */
    public String label() {
        return label;
    }
}
