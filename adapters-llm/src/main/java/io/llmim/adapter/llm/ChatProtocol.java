package io.llmim.adapter.llm;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;

/**
 * How one provider's API is spoken: where to send a structured-output chat request, with which
 * headers and body, and how to read the answer back.
 */
interface ChatProtocol {

    /** What a successful call said, with the tokens it used. A refusal is an answer too. */
    record ChatAnswer(String content, boolean refused, long promptTokens, long completionTokens) {
    }

    String chatPath();

    void authenticate(MultiMap headers, String apiKey);

    JsonObject chatRequest(String model, String system, String user, String schemaName, JsonObject schema);

    /** @throws IllegalArgumentException when the body is not a well-formed answer */
    ChatAnswer readChat(JsonObject response);

    /** The embeddings request, or null when the provider has no embeddings API. */
    JsonObject embeddingRequest(String model, String text);

    float[] readEmbedding(JsonObject response);
}
