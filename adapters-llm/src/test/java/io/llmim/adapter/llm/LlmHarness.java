package io.llmim.adapter.llm;

import io.llmim.application.port.out.LlmOperation;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A fake provider, the adapter pointed at it, and everything a test inspects. */
final class LlmHarness implements AutoCloseable {

    static final String API_KEY = "sk-test-0123456789abcdef";

    final Vertx vertx = Vertx.vertx();
    final FakeProvider provider;
    final RecordingLlmMetrics metrics = new RecordingLlmMetrics();
    final List<Duration> pauses = new ArrayList<>();
    final AtomicLong nanoTime = new AtomicLong();
    final LlmAdapters.LlmPorts ports;

    LlmHarness(LlmProvider providerName, int timeoutSeconds, int maxRetries, int failureThreshold) throws Exception {
        provider = new FakeProvider(vertx);
        LlmSettings settings = new LlmSettings(providerName, provider.baseUrl(), "gpt-4", "LLM_KEY",
                timeoutSeconds, maxRetries, EnumSet.allOf(LlmOperation.class),
                new LlmSettings.CircuitBreakerSettings(failureThreshold, 30));
        ports = LlmAdapters.create(vertx, settings, API_KEY, new TokenPrices(0.03, 0.06), metrics,
                new RetrySchedule(() -> 0.0), pauses::add, nanoTime::get);
    }

    static LlmHarness openAi() throws Exception {
        return of(LlmProvider.OPENAI);
    }

    static LlmHarness anthropic() throws Exception {
        return of(LlmProvider.ANTHROPIC);
    }

    /** The adapter of {@code [llm] provider = provider} with the usual timeout, retries and breaker. */
    static LlmHarness of(LlmProvider provider) throws Exception {
        return new LlmHarness(provider, 5, 2, 5);
    }

    @Override
    public void close() throws Exception {
        provider.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
