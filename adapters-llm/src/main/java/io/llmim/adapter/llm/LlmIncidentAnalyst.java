package io.llmim.adapter.llm;

import io.llmim.application.port.out.IncidentClassifier;
import io.llmim.application.port.out.IncidentEnricher;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.LlmOperation;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.application.port.out.RootCauseAnalyst;
import io.llmim.application.port.out.TextEmbedder;
import io.llmim.domain.Category;
import io.llmim.domain.Classification;
import io.llmim.domain.Incident;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The incident ports over one provider and model. Every call goes through the circuit breaker and
 * is measured: requests, latency, tokens, cost, errors by type. An answer that does not fit its
 * schema, or a refusal, is an {@code invalid_response} failure: the caller falls back, never guesses.
 */
record LlmIncidentAnalyst(LlmSettings settings, TokenPrices prices, ChatProtocol protocol, ProviderClient client,
                          CircuitBreaker breaker, LlmMetrics metrics, LongSupplier nanoTime)
        implements IncidentClassifier, IncidentEnricher, RootCauseAnalyst, TextEmbedder {

    private interface Reader<T> {
        T read(JsonObject content);
    }

    @Override
    public LlmOutcome<Classification> classify(Incident incident) {
        return chat(LlmOperation.CLASSIFICATION, IncidentPrompts.classification(incident), "incident_classification",
                IncidentPrompts.CLASSIFICATION_SCHEMA, content -> new Classification(
                        Severity.valueOf(text(content, "severity")),
                        Category.parse(text(content, "category")),
                        number(content, "confidence"), author()));
    }

    @Override
    public LlmOutcome<Enrichment> enrich(Incident incident) {
        return chat(LlmOperation.ENRICHMENT, IncidentPrompts.enrichment(incident), "incident_enrichment",
                IncidentPrompts.ENRICHMENT_SCHEMA, content -> {
                    JsonArray steps = content.getJsonArray("next_steps");
                    List<String> nextSteps = new ArrayList<>();
                    for (int i = 0; i < steps.size(); i++) {
                        nextSteps.add(steps.getString(i));
                    }
                    return new Enrichment(text(content, "summary"), nextSteps, author());
                });
    }

    @Override
    public LlmOutcome<Analysis> analyze(Incident incident, List<TimelineEntry> timeline) {
        return chat(LlmOperation.ANALYSIS, IncidentPrompts.analysis(incident, timeline), "incident_root_cause",
                IncidentPrompts.ANALYSIS_SCHEMA, content -> new Analysis(text(content, "probable_root_cause"),
                        number(content, "confidence"), author()));
    }

    @Override
    public LlmOutcome<float[]> embed(String text) {
        JsonObject request = protocol.embeddingRequest(settings.model(), text);
        if (request == null) {
            return LlmOutcome.failed(LlmErrorType.BAD_REQUEST, settings.provider().label() + " has no embeddings API");
        }
        return call(LlmOperation.EMBEDDING, "/embeddings", request, body -> {
            JsonObject usage = body.getJsonObject("usage", new JsonObject());
            account(usage.getLong("prompt_tokens", 0L), 0);
            return protocol.readEmbedding(body);
        });
    }

    private <T> LlmOutcome<T> chat(LlmOperation operation, String prompt, String schemaName, JsonObject schema,
                                   Reader<T> reader) {
        JsonObject request = protocol.chatRequest(settings.model(), IncidentPrompts.SYSTEM, prompt, schemaName, schema);
        return call(operation, protocol.chatPath(), request, body -> {
            ChatProtocol.ChatAnswer answer = protocol.readChat(body);
            account(answer.promptTokens(), answer.completionTokens());
            if (answer.refused()) {
                throw new InvalidAnswer("the model refused");
            }
            JsonObject content;
            try {
                content = new JsonObject(answer.content());
            } catch (RuntimeException e) {
                throw new InvalidAnswer("the answer is not a JSON object");
            }
            for (Object required : schema.getJsonArray("required")) {
                if (!content.containsKey((String) required)) {
                    throw new InvalidAnswer("the answer has no " + required);
                }
            }
            return reader.read(content);
        });
    }

    private <T> LlmOutcome<T> call(LlmOperation operation, String path, JsonObject request, Reader<T> reader) {
        String provider = settings.provider().label();
        String model = settings.model();
        long start = nanoTime.getAsLong();
        if (!breaker.tryAcquire()) {
            metrics.requestCompleted(provider, model, operation, false, 0);
            metrics.errorOccurred(provider, model, LlmErrorType.SERVICE_UNAVAILABLE);
            return LlmOutcome.failed(LlmErrorType.SERVICE_UNAVAILABLE, "circuit breaker open");
        }
        ProviderClient.Result result = client.post(path, request, () -> metrics.rateLimitHit(provider));
        LlmOutcome<T> outcome;
        if (result instanceof ProviderClient.Result.Succeeded succeeded) {
            try {
                outcome = LlmOutcome.answered(reader.read(succeeded.body()));
            } catch (InvalidAnswer | InvalidIncidentDataException | IllegalArgumentException | ClassCastException
                     | NullPointerException | IndexOutOfBoundsException e) {
                outcome = LlmOutcome.failed(LlmErrorType.INVALID_RESPONSE, String.valueOf(e.getMessage()));
            }
        } else {
            ProviderClient.Result.Failed failed = (ProviderClient.Result.Failed) result;
            outcome = LlmOutcome.failed(failed.type(), failed.reason());
        }
        boolean success = outcome instanceof LlmOutcome.Answered<T>;
        if (success) {
            breaker.succeeded();
        } else {
            breaker.failed();
            metrics.errorOccurred(provider, model, ((LlmOutcome.Failed<T>) outcome).cause());
        }
        metrics.requestCompleted(provider, model, operation, success, nanoTime.getAsLong() - start);
        return outcome;
    }

    /** Who the timeline names as the author of an answer. */
    private String author() {
        return settings.provider().label() + "/" + settings.model();
    }

    private void account(long promptTokens, long completionTokens) {
        metrics.tokensUsed(settings.provider().label(), settings.model(), promptTokens, completionTokens);
        metrics.costIncurred(settings.provider().label(), settings.model(),
                prices.cost(promptTokens, completionTokens));
    }

    private static String text(JsonObject content, String field) {
        Object value = content.getValue(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidAnswer(field + " is not a non-empty string");
        }
        return text;
    }

    private static double number(JsonObject content, String field) {
        Object value = content.getValue(field);
        if (!(value instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() > 1) {
            throw new InvalidAnswer(field + " is not a number from 0 to 1");
        }
        return number.doubleValue();
    }

    /** An answer that does not fit its schema. */
    private static final class InvalidAnswer extends RuntimeException {
        InvalidAnswer(String message) {
            super(message, null, false, false);
        }
    }
}
