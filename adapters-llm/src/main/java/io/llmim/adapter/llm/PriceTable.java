package io.llmim.adapter.llm;

import java.util.Map;

/**
 * Dollars per 1,000 tokens. The {@code [metrics.llm]} prices are the default for every model; a
 * per-model entry overrides them.
 */
public record PriceTable(Price defaults, Map<String, Price> byModel) {

    /** Dollars per 1,000 prompt and completion tokens. */
    public record Price(double promptPer1k, double completionPer1k) {
    }

    public PriceTable {
        byModel = Map.copyOf(byModel);
    }

    public double cost(String model, long promptTokens, long completionTokens) {
        Price price = byModel.getOrDefault(model, defaults);
        return promptTokens / 1000.0 * price.promptPer1k() + completionTokens / 1000.0 * price.completionPer1k();
    }
}
