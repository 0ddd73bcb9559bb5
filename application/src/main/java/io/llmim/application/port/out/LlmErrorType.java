package io.llmim.application.port.out;

import java.util.Locale;

/** Why an LLM call failed; {@link #label()} is the {@code error_type} label value of docs/metrics.md. */
public enum LlmErrorType {
    RATE_LIMIT, TIMEOUT, AUTHENTICATION, SERVICE_UNAVAILABLE, INVALID_RESPONSE, BAD_REQUEST;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }
}
