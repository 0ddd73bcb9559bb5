package io.llmim.adapter.grpc;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What the gRPC API needs from configuration: the largest message it reads ({@code [server]
 * max_body_bytes}, the REST body limit), the bearer tokens it accepts (the REST API's; empty: open),
 * the threads its calls run on, and how watchers keep pace ({@code [stream]}: the log's head is
 * read every {@code watchPoll}; a watcher that stops reading is ended once it is
 * {@code watchMaxLagChanges} behind).
 */
public record GrpcApiSettings(int maxMessageBytes, Set<String> bearerTokens, int workerThreads, Duration watchPoll,
                              int watchMaxLagChanges) {

    public GrpcApiSettings {
        bearerTokens = Set.copyOf(bearerTokens);
        Objects.requireNonNull(watchPoll, "watchPoll");
        if (maxMessageBytes < 1 || workerThreads < 1 || watchPoll.isZero() || watchPoll.isNegative()
                || watchMaxLagChanges < 1) {
            throw new IllegalArgumentException("the gRPC API's limits, threads, poll and max lag must be positive");
        }
    }

    /** From the REST body limit, which is a long: a gRPC message limit is an int. */
    public static int messageLimit(long maxBodyBytes) {
        return (int) Math.min(Integer.MAX_VALUE, maxBodyBytes);
    }

    @Override
    public String toString() {
        return "GrpcApiSettings[maxMessageBytes=" + maxMessageBytes + ", bearerTokens=" + bearerTokens.size()
                + " configured, workerThreads=" + workerThreads + ", watchPoll=" + watchPoll
                + ", watchMaxLagChanges=" + watchMaxLagChanges + "]";
    }
}
