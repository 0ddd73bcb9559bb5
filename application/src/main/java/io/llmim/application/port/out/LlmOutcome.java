package io.llmim.application.port.out;

/**
 * What asking a language model gave: an answer, or a failure with its cause. A failure is an
 * ordinary outcome, not an exception: callers always have a fallback (the rule-based classifier).
 */
public sealed interface LlmOutcome<T> {

    record Answered<T>(T value) implements LlmOutcome<T> {
    }

    record Failed<T>(LlmErrorType cause, String reason) implements LlmOutcome<T> {
    }

    static <T> LlmOutcome<T> answered(T value) {
        return new Answered<>(value);
    }

    static <T> LlmOutcome<T> failed(LlmErrorType cause, String reason) {
        return new Failed<>(cause, reason);
    }
}
