package io.llmim.adapter.metrics;

import io.llmim.application.port.out.CircuitBreakerState;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.LlmOperation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code llm_*} families (docs/metrics.md, "The taxonomy"). Providers and models are open labels, each capped; the meters of a
 * (provider, model) are registered together on first use. {@code llm_cost_dollars} is a counter,
 * so Prometheus shows it as {@code llm_cost_dollars_total}. Failures are contained by
 * {@link GuardedLlmMetrics}, not here.
 */
public final class MicrometerLlmMetrics implements LlmMetrics {

    private static final LlmOperation[] OPERATIONS = LlmOperation.values();
    private static final LlmErrorType[] ERRORS = LlmErrorType.values();
    private static final int SUCCESS = 0;
    private static final int ERROR = 1;

    private final Meters meters;
    private final MetricsSettings.Llm settings;
    private final List<Double> durationBuckets;
    private final BoundedLabelValues<ProviderMeters> providers;
    private final BoundedLabelValues<String> models;

    MicrometerLlmMetrics(Meters meters, MetricsSettings settings) {
        this.meters = meters;
        this.settings = settings.llm();
        this.durationBuckets = settings.histograms().llmRequestDurationSeconds();
        this.providers = new BoundedLabelValues<>("provider", settings.labelValueLimit(), ProviderMeters::new);
        this.models = new BoundedLabelValues<>("model", settings.labelValueLimit(), model -> model);
    }

    private final class ProviderMeters {
        final String provider;
        final Counter rateLimitHits;
        final ConcurrentHashMap<String, ModelMeters> byModel = new ConcurrentHashMap<>();

        ProviderMeters(String provider) {
            this.provider = provider;
            this.rateLimitHits = meters.counter("llm.rate.limit.hits", "LLM provider rate-limit answers",
                    "provider", provider);
        }

        ModelMeters model(String rawModel) {
            String model = models.get(rawModel);
            ModelMeters found = byModel.get(model);
            return found != null ? found : create(model);
        }

        private synchronized ModelMeters create(String model) {
            return byModel.computeIfAbsent(model, m -> new ModelMeters(provider, m));
        }
    }

    private final class ModelMeters {
        final Counter[][] requests = new Counter[OPERATIONS.length][2];
        final Timer[] duration = new Timer[OPERATIONS.length];
        final Counter prompt;
        final Counter completion;
        final Counter total;
        final Counter cost;
        final Counter[] errors = new Counter[ERRORS.length];
        final AtomicLong breaker;

        ModelMeters(String provider, String model) {
            for (LlmOperation operation : OPERATIONS) {
                int o = operation.ordinal();
                requests[o][SUCCESS] = meters.counter("llm.requests", "LLM API requests", "provider", provider,
                        "model", model, "operation", operation.label(), "status", "success");
                requests[o][ERROR] = meters.counter("llm.requests", "LLM API requests", "provider", provider,
                        "model", model, "operation", operation.label(), "status", "error");
                duration[o] = meters.timer("llm.request.duration", "LLM request latency", durationBuckets,
                        "provider", provider, "model", model, "operation", operation.label());
            }
            prompt = tokens(provider, model, "prompt");
            completion = tokens(provider, model, "completion");
            total = tokens(provider, model, "total");
            cost = settings.trackCost() ? meters.counter("llm.cost.dollars", "Estimated LLM cost in US dollars",
                    "provider", provider, "model", model) : Meters.untrackedCounter("llm.cost.dollars");
            for (LlmErrorType type : ERRORS) {
                errors[type.ordinal()] = meters.counter("llm.errors", "LLM request errors", "provider", provider,
                        "model", model, "error_type", type.label());
            }
            breaker = meters.gauge("llm.circuit.breaker.state",
                    "Circuit breaker state (0=closed, 1=open, 2=half-open)", "provider", provider, "model", model);
        }

        private Counter tokens(String provider, String model, String type) {
            return settings.trackTokenUsage() ? meters.counter("llm.tokens", "LLM tokens consumed",
                    "provider", provider, "model", model, "token_type", type) : Meters.untrackedCounter("llm.tokens");
        }
    }

    /** Registers every series of a (provider, model) now, so dashboards show zeros before the first call. */
    public void register(String provider, String model) {
        providers.get(provider).model(model);
    }

    @Override
    public void requestCompleted(String provider, String model, LlmOperation operation, boolean success,
                                 long durationNanos) {
        ModelMeters m = providers.get(provider).model(model);
        m.requests[operation.ordinal()][success ? SUCCESS : ERROR].increment();
        m.duration[operation.ordinal()].record(durationNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void tokensUsed(String provider, String model, long promptTokens, long completionTokens) {
        ModelMeters m = providers.get(provider).model(model);
        m.prompt.increment(promptTokens);
        m.completion.increment(completionTokens);
        m.total.increment(promptTokens + completionTokens);
    }

    @Override
    public void costIncurred(String provider, String model, double dollars) {
        providers.get(provider).model(model).cost.increment(dollars);
    }

    @Override
    public void errorOccurred(String provider, String model, LlmErrorType type) {
        providers.get(provider).model(model).errors[type.ordinal()].increment();
    }

    @Override
    public void rateLimitHit(String provider) {
        providers.get(provider).rateLimitHits.increment();
    }

    @Override
    public void circuitBreakerChanged(String provider, String model, CircuitBreakerState state) {
        providers.get(provider).model(model).breaker.set(state.gaugeValue());
    }
}
