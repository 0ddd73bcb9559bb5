package io.llmim.application.port.out;

import io.llmim.domain.Classification;
import io.llmim.domain.Incident;

/**
 * Decides an incident's severity and category. The verdict names its classifier (for example
 * {@code openai/gpt-4}) and how confident it is; an answer that does not fit the expected shape is
 * a failure ({@link LlmErrorType#INVALID_RESPONSE}), never a guess.
 */
public interface IncidentClassifier {

    LlmOutcome<Classification> classify(Incident incident);
}
