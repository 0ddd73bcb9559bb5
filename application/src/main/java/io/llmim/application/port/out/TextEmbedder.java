package io.llmim.application.port.out;

/**
 * Turns text into a vector whose distance to another says how related the texts are, for
 * correlating incidents. Providers without embeddings answer {@link LlmErrorType#BAD_REQUEST}.
 */
public interface TextEmbedder {

    LlmOutcome<float[]> embed(String text);
}
