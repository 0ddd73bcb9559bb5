package io.llmim.adapter.llm;

import io.llmim.application.port.out.LlmOperation;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code [llm]} section with its secret resolved: {@code apiKey} comes from the environment
 * variable named by {@code api_key_env} and never appears in {@link #toString()}, logs or errors.
 */
public record LlmSettings(String provider, String baseUrl, String model, String apiKey, Duration timeout,
                          int maxRetries, Set<LlmOperation> operations, int failureThreshold, Duration openDuration,
                          PriceTable prices) {

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        apiKey = apiKey == null ? "" : apiKey;
        operations = Set.copyOf(operations);
    }

    public boolean performs(LlmOperation operation) {
        return operations.contains(operation);
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "(none)" : "***") + ", timeout=" + timeout + ", maxRetries=" + maxRetries
                + ", operations=" + operations + "]";
    }
}
