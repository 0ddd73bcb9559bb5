package io.llmim.adapter.http;

import java.util.Set;

/**
 * What the API needs from configuration: the largest request body it reads ({@code [server]
 * max_body_bytes}) and the bearer tokens it accepts (empty: the API is open).
 */
public record HttpApiSettings(long maxBodyBytes, Set<String> bearerTokens, int workerPoolSize) {

    public HttpApiSettings {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("max_body_bytes must be positive");
        }
        bearerTokens = Set.copyOf(bearerTokens);
        if (workerPoolSize < 1) {
            throw new IllegalArgumentException("workerPoolSize must be positive");
        }
    }

    public static HttpApiSettings open(long maxBodyBytes) {
        return new HttpApiSettings(maxBodyBytes, Set.of(), 32);
    }

    public boolean authenticationRequired() {
        return !bearerTokens.isEmpty();
    }

    @Override
    public String toString() {
        return "HttpApiSettings[maxBodyBytes=" + maxBodyBytes + ", bearerTokens=" + bearerTokens.size()
                + " configured, workerPoolSize=" + workerPoolSize + "]";
    }
}
