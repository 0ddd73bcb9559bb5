package io.llmim.adapter.llm;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The OpenAI Chat Completions API, which Azure OpenAI, vLLM, Ollama and others also speak:
 * structured output through {@code response_format: json_schema} (strict), refusals in
 * {@code message.refusal}, usage in {@code prompt_tokens} / {@code completion_tokens}.
 */
final class OpenAiChatProtocol implements ChatProtocol {

    @Override
    public String chatPath() {
        return "/chat/completions";
    }

    @Override
    public void authenticate(MultiMap headers, String apiKey) {
        if (!apiKey.isEmpty()) {
            headers.set("Authorization", "Bearer " + apiKey);
        }
    }

    @Override
    public JsonObject chatRequest(String model, String system, String user, String schemaName, JsonObject schema) {
        return new JsonObject()
                .put("model", model)
                .put("temperature", 0)
                .put("messages", new JsonArray()
                        .add(new JsonObject().put("role", "system").put("content", system))
                        .add(new JsonObject().put("role", "user").put("content", user)))
                .put("response_format", new JsonObject()
                        .put("type", "json_schema")
                        .put("json_schema", new JsonObject().put("name", schemaName).put("strict", true)
                                .put("schema", schema)));
    }

    @Override
    public ChatAnswer readChat(JsonObject response) {
        JsonObject message = response.getJsonArray("choices").getJsonObject(0).getJsonObject("message");
        JsonObject usage = response.getJsonObject("usage", new JsonObject());
        String refusal = message.getString("refusal");
        return new ChatAnswer(message.getString("content"), refusal != null && !refusal.isBlank(),
                usage.getLong("prompt_tokens", 0L), usage.getLong("completion_tokens", 0L));
    }

    @Override
    public JsonObject embeddingRequest(String model, String text) {
        return new JsonObject().put("model", model).put("input", text);
    }

    @Override
    public float[] readEmbedding(JsonObject response) {
        JsonArray vector = response.getJsonArray("data").getJsonObject(0).getJsonArray("embedding");
        float[] result = new float[vector.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = vector.getNumber(i).floatValue();
        }
        return result;
    }
}
