package io.llmim.adapter.llm;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The Anthropic Messages API: {@code x-api-key} and {@code anthropic-version} headers, structured
 * output through {@code output_config.format} json_schema, refusals as {@code stop_reason:
 * "refusal"}, usage in {@code input_tokens} / {@code output_tokens}. It has no embeddings API.
 */
final class AnthropicChatProtocol implements ChatProtocol {

    static final String VERSION = "2023-06-01";
    private static final int MAX_TOKENS = 1024;

    @Override
    public String chatPath() {
        return "/messages";
    }

    @Override
    public void authenticate(MultiMap headers, String apiKey) {
        headers.set("anthropic-version", VERSION);
        if (!apiKey.isEmpty()) {
            headers.set("x-api-key", apiKey);
        }
    }

    @Override
    public JsonObject chatRequest(String model, String system, String user, String schemaName, JsonObject schema) {
        return new JsonObject()
                .put("model", model)
                .put("max_tokens", MAX_TOKENS)
                .put("system", system)
                .put("messages", new JsonArray().add(new JsonObject().put("role", "user").put("content", user)))
                .put("output_config", new JsonObject().put("format",
                        new JsonObject().put("type", "json_schema").put("schema", schema)));
    }

    @Override
    public ChatAnswer readChat(JsonObject response) {
        JsonObject usage = response.getJsonObject("usage", new JsonObject());
        long prompt = usage.getLong("input_tokens", 0L);
        long completion = usage.getLong("output_tokens", 0L);
        if ("refusal".equals(response.getString("stop_reason"))) {
            return new ChatAnswer(null, true, prompt, completion);
        }
        StringBuilder text = new StringBuilder();
        for (Object block : response.getJsonArray("content")) {
            JsonObject content = (JsonObject) block;
            if ("text".equals(content.getString("type"))) {
                text.append(content.getString("text"));
            }
        }
        return new ChatAnswer(text.toString(), false, prompt, completion);
    }

    @Override
    public JsonObject embeddingRequest(String model, String text) {
        return null;
    }

    @Override
    public float[] readEmbedding(JsonObject response) {
        throw new UnsupportedOperationException("Anthropic has no embeddings API");
    }
}
