package io.llmim.adapter.llm;

/**
 * Dollars per 1,000 prompt and completion tokens ({@code [metrics.llm] cost_per_1k_tokens_*}), what
 * every call of the configured model is charged at in {@code llm_cost_dollars}.
 */
public record TokenPrices(double promptPer1k, double completionPer1k) {

    public double cost(long promptTokens, long completionTokens) {
        return promptTokens / 1000.0 * promptPer1k + completionTokens / 1000.0 * completionPer1k;
    }
}
