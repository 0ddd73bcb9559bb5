package io.llmim.application.port.in;

import java.util.Locale;

/** The three job queues, drained highest priority first; {@link #label()} is the {@code queue_name} value. */
public enum JobQueue {
    HIGH_PRIORITY, STANDARD, LOW_PRIORITY;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
