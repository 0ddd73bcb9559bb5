package io.llmim.application.incident;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Single flight per key, with the calls that queue up meanwhile done together. One caller per key
 * runs the batch; callers with that key arriving meanwhile wait, then the first of them runs one
 * batch for all of them. So however many callers share a key, it costs one store round trip (and
 * one connection) at a time, and each caller still returns only once its own input is done.
 *
 * <p>The batch runs on a caller's thread, so callers must not hold what a batch needs (such as a
 * unit of work already under way).
 */
final class CoalescedCalls<K, I, O> {

    /** Does many callers' work at once: one output per input, in order; {@code key} is theirs. */
    @FunctionalInterface
    interface Batch<K, I, O> {

        List<O> run(K key, List<I> inputs);
    }

    private final ConcurrentHashMap<K, Lane<I, O>> lanes = new ConcurrentHashMap<>();
    private final Batch<K, I, O> batch;

    CoalescedCalls(Batch<K, I, O> batch) {
        this.batch = batch;
    }

    /** The output for {@code input}, done alone or in a batch with other inputs of the same key. */
    O call(K key, I input) {
        Caller<I, O> me = new Caller<>(input);
        Lane<I, O> lane;
        boolean leads;
        while (true) {
            lane = lanes.computeIfAbsent(key, k -> new Lane<>());
            synchronized (lane) {
                if (lane.retired) {
                    continue;
                }
                lane.waiting.add(me);
                leads = !lane.running;
                lane.running = true;
            }
            break;
        }
        if (!leads && me.awaitAnswerOrTurn()) {
            return join(me.answer);
        }
        return runBatch(key, lane, me);
    }

    /** How many callers of {@code key} wait for the batch at the store to finish; to observe coalescing. */
    int waiting(K key) {
        Lane<I, O> lane = lanes.get(key);
        if (lane == null) {
            return 0;
        }
        synchronized (lane) {
            return lane.waiting.size();
        }
    }

    private O runBatch(K key, Lane<I, O> lane, Caller<I, O> me) {
        List<Caller<I, O>> taken;
        synchronized (lane) {
            taken = new ArrayList<>(lane.waiting);
            lane.waiting.clear();
        }
        try {
            List<O> outputs = batch.run(key, taken.stream().map(Caller::input).toList());
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).answer.complete(outputs.get(i));
            }
        } catch (RuntimeException | Error e) {
            taken.forEach(caller -> caller.answer.completeExceptionally(e));
        } finally {
            handOver(key, lane);
        }
        return join(me.answer);
    }

    // The lane stays running while a queued caller takes over, so nobody else starts a batch meanwhile.
    private void handOver(K key, Lane<I, O> lane) {
        Caller<I, O> next;
        synchronized (lane) {
            next = lane.waiting.peek();
            if (next == null) {
                lane.retired = true;
                lanes.remove(key, lane);
                return;
            }
        }
        next.turn.complete(null);
    }

    private static <O> O join(CompletableFuture<O> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e.getCause();
        }
    }

    /** The callers of one key; retired once empty, so that keys seen once do not pile up. */
    private static final class Lane<I, O> {

        private final Queue<Caller<I, O>> waiting = new ArrayDeque<>();
        private boolean running;
        private boolean retired;
    }

    private record Caller<I, O>(I input, CompletableFuture<O> answer, CompletableFuture<Void> turn) {

        Caller(I input) {
            this(input, new CompletableFuture<>(), new CompletableFuture<>());
        }

        /** Waits until answered (true) or asked to run the next batch (false). */
        boolean awaitAnswerOrTurn() {
            CompletableFuture.anyOf(answer, turn).exceptionally(failure -> null).join();
            return answer.isDone();
        }
    }
}
