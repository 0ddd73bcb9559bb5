package io.llmim.application.incident;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class CoalescedCallsTest {

    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstBatchMayFinish = new CountDownLatch(1);
    private final CoalescedCalls<String, String, String> calls = new CoalescedCalls<>((key, inputs) -> {
        batches.add(inputs);
        if (batches.size() == 1) {
            awaitUninterruptibly(firstBatchMayFinish);
        }
        if (inputs.contains("fail")) {
            throw new IllegalStateException("store down");
        }
        return inputs.stream().map(String::toUpperCase).toList();
    });
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @Test
    void a_lone_call_is_a_batch_of_one() {
        firstBatchMayFinish.countDown();

        assertThat(calls.call("key", "a")).isEqualTo("A");
        assertThat(batches).containsExactly(List.of("a"));
    }

    @Test
    void calls_arriving_while_their_key_is_at_the_store_go_together_and_each_gets_its_own_answer()
            throws Exception {
        Future<String> first = callers.submit(() -> calls.call("key", "a"));
        await().until(() -> batches.size() == 1);
        Future<String> second = callers.submit(() -> calls.call("key", "b"));
        Future<String> third = callers.submit(() -> calls.call("key", "c"));
        awaitQueued("key", 2);

        firstBatchMayFinish.countDown();

        assertThat(List.of(first.get(), second.get(), third.get())).containsExactly("A", "B", "C");
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void another_key_does_not_wait_for_a_busy_one() throws Exception {
        Future<String> busy = callers.submit(() -> calls.call("busy", "a"));
        await().until(() -> batches.size() == 1);

        assertThat(CompletableFuture.supplyAsync(() -> calls.call("other", "b"), callers).get()).isEqualTo("B");
        firstBatchMayFinish.countDown();
        assertThat(busy.get()).isEqualTo("A");
    }

    @Test
    void a_failed_batch_fails_each_of_its_callers_and_the_key_works_again_after() throws Exception {
        Future<String> first = callers.submit(() -> calls.call("key", "a"));
        await().until(() -> batches.size() == 1);
        Future<String> failing = callers.submit(() -> calls.call("key", "fail"));
        Future<String> alongside = callers.submit(() -> calls.call("key", "b"));
        awaitQueued("key", 2);

        firstBatchMayFinish.countDown();

        assertThat(first.get()).isEqualTo("A");
        assertThatThrownBy(failing::get).hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(alongside::get).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(calls.call("key", "c")).isEqualTo("C");
    }

    private void awaitQueued(String key, int callers) {
        await().until(() -> calls.waiting(key) == callers);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
