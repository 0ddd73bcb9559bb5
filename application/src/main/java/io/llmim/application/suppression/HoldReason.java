package io.llmim.application.suppression;

import java.util.Locale;

/** Why an incident's notifications and escalations are held; {@link #label()} is the metric label value. */
public enum HoldReason {
    SILENCED, INHIBITED, MAINTENANCE;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
