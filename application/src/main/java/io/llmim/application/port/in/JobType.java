package io.llmim.application.port.in;

import java.util.Locale;

/** The five kinds of background work (spec 2.4); {@link #label()} is the {@code job_type} label value. */
public enum JobType {
    ALERT_BATCH, ENRICHMENT, NOTIFICATION, ESCALATION, CORRELATION;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
