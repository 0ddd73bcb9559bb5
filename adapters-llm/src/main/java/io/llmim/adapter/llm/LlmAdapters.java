package io.llmim.adapter.llm;

import io.llmim.application.port.out.IncidentClassifier;
import io.llmim.application.port.out.IncidentEnricher;
import io.llmim.application.port.out.LanguageModelStatus;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.LlmOperation;
import io.llmim.application.port.out.RootCauseAnalyst;
import io.llmim.application.port.out.TextEmbedder;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.time.Duration;

/**
 * Builds the incident ports for the configured provider: {@code openai} (any OpenAI-compatible
 * API), {@code anthropic}, or {@code none} (rules). Operations not listed in {@code [llm] operations}
 * are answered by the rules.
 */
public final class LlmAdapters {

    /**
     * The ports, the name of what answers classification ("rules" or "openai/gpt-4"), and the
     * model's status (its breaker; none with the rules).
     */
    public record LlmPorts(IncidentClassifier classifier, IncidentEnricher enricher, RootCauseAnalyst analyst,
                           TextEmbedder embedder, String name, LanguageModelStatus status) {

        /** Ports with no model behind them to report on (stubs, rules). */
        public LlmPorts(IncidentClassifier classifier, IncidentEnricher enricher, RootCauseAnalyst analyst,
                        TextEmbedder embedder, String name) {
            this(classifier, enricher, analyst, embedder, name, LanguageModelStatus.none());
        }
    }

    private LlmAdapters() {
    }

    public static LlmPorts create(Vertx vertx, LlmSettings settings, String apiKey, TokenPrices prices,
                                  LlmMetrics metrics) {
        return create(vertx, settings, apiKey, prices, metrics, RetrySchedule.withJitter(), Pauser.sleeping(),
                System::nanoTime);
    }

    static LlmPorts create(Vertx vertx, LlmSettings settings, String apiKey, TokenPrices prices, LlmMetrics metrics,
                           RetrySchedule schedule, Pauser pauser, java.util.function.LongSupplier nanoTime) {
        RuleBasedIncidentAnalyst rules = new RuleBasedIncidentAnalyst();
        ChatProtocol protocol = switch (settings.provider()) {
            case NONE -> null;
            case OPENAI -> new OpenAiChatProtocol();
            case ANTHROPIC -> new AnthropicChatProtocol();
        };
        if (protocol == null) {
            return new LlmPorts(rules, rules, rules, rules, "rules");
        }
        WebClient client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis()))
                .setUserAgent("llm-incident-manager"));
        CircuitBreaker breaker = new CircuitBreaker(settings.circuitBreaker().failureThreshold(),
                Duration.ofSeconds(settings.circuitBreaker().openSeconds()), nanoTime,
                state -> metrics.circuitBreakerChanged(settings.provider().label(), settings.model(), state));
        LlmIncidentAnalyst llm = new LlmIncidentAnalyst(settings, prices, protocol,
                new ProviderClient(client, settings, apiKey, protocol, schedule, pauser), breaker, metrics, nanoTime);
        return new LlmPorts(
                settings.performs(LlmOperation.CLASSIFICATION) ? llm : rules,
                settings.performs(LlmOperation.ENRICHMENT) ? llm : rules,
                settings.performs(LlmOperation.ANALYSIS) ? llm : rules,
                settings.performs(LlmOperation.EMBEDDING) ? llm : rules,
                settings.performs(LlmOperation.CLASSIFICATION) ? settings.provider().label() + "/" + settings.model()
                        : "rules",
                new BreakerStatus(settings.provider().label(), settings.model(), breaker));
    }
}
