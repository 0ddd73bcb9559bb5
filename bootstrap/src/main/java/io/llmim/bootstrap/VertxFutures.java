package io.llmim.bootstrap;

import io.vertx.core.Future;

import java.util.concurrent.TimeUnit;

/**
 * Waits for a Vert.x future on the calling thread: starting and stopping are sequential, each step
 * needing the one before it done, and a step that never completes must fail the start rather than
 * hang it.
 */
final class VertxFutures {

    private static final long TIMEOUT_SECONDS = 60;

    private VertxFutures() {
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
