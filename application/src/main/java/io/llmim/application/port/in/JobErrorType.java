package io.llmim.application.port.in;

import java.util.Locale;

/** Why a job attempt failed; {@link #label()} is the {@code error_type} label value of docs/metrics.md. */
public enum JobErrorType {
    /** The attempt ran past its time limit, or lost its lease to another worker, and was cancelled. */
    TIMEOUT,
    /** Something the job needs (LLM, webhook, store) failed; worth retrying. */
    DEPENDENCY_ERROR,
    /** The job's input can never succeed; retrying will not help. */
    VALIDATION_ERROR;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
