package io.llmim.adapter.llm;

import io.llmim.application.port.out.LlmOperation;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static io.llmim.application.settings.SettingChecks.atLeast;
import static io.llmim.application.settings.SettingChecks.httpUrl;
import static io.llmim.application.settings.SettingChecks.positive;

/**
 * The {@code [llm]} section. The key is never in the file: {@code apiKeyEnv} names the environment
 * variable that holds it, and the caller hands the resolved key to {@link LlmAdapters#create}.
 */
public record LlmSettings(LlmProvider provider, String baseUrl, String model, String apiKeyEnv, int timeoutSeconds,
                          int maxRetries, Set<LlmOperation> operations, CircuitBreakerSettings circuitBreaker) {

    public LlmSettings {
        baseUrl = httpUrl("base_url", baseUrl).endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        positive("timeout_seconds", timeoutSeconds);
        atLeast("max_retries", maxRetries, 0);
        operations = Set.copyOf(operations);
    }

    /** {@code [llm.circuit_breaker]}: consecutive failures that open it, then how long until one trial call. */
    public record CircuitBreakerSettings(int failureThreshold, int openSeconds) {
        public CircuitBreakerSettings {
            positive("failure_threshold", failureThreshold);
            positive("open_seconds", openSeconds);
        }
    }

    public boolean performs(LlmOperation operation) {
        return operations.contains(operation);
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** The API key, from the variable {@code api_key_env} names; empty when it is unset. */
    public String apiKey(Map<String, String> environment) {
        return environment.getOrDefault(apiKeyEnv, "");
    }
}
