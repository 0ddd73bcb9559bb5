package io.llmim.adapter.http;

import java.util.function.BooleanSupplier;

/**
 * One dependency {@code /ready} asks about, such as the store. The check may block (it runs off the
 * event loop) and should answer within a couple of seconds.
 */
public record ReadinessCheck(String component, BooleanSupplier isReady) {
}
