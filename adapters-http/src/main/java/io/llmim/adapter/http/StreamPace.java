package io.llmim.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the change stream keeps pace ({@code [stream]}): each server looks for changes made by any
 * instance sharing the store every {@code poll}; an idle stream gets a heartbeat comment every
 * {@code heartbeat}; a stream whose client has stopped taking what it is sent is closed once it is
 * {@code maxLagChanges} changes behind.
 */
public record StreamPace(Duration poll, Duration heartbeat, int maxLagChanges) {

    public StreamPace {
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (poll.isZero() || poll.isNegative() || heartbeat.isZero() || heartbeat.isNegative() || maxLagChanges < 1) {
            throw new IllegalArgumentException("the stream's poll, heartbeat and max lag must be positive");
        }
    }
}
