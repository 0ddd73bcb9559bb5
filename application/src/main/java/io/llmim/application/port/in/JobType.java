package io.llmim.application.port.in;

import java.util.Locale;

/** The kinds of background work; {@link #label()} is the {@code job_type} label value of docs/metrics.md. */
public enum JobType {
    ALERT_BATCH, ENRICHMENT, NOTIFICATION, ESCALATION, CORRELATION;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
