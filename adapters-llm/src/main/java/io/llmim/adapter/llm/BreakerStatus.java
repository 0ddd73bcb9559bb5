package io.llmim.adapter.llm;

import io.llmim.application.port.out.LanguageModelStatus;

import java.util.Optional;

/** The configured model and where the breaker in front of it stands, read from the breaker itself. */
record BreakerStatus(String provider, String model, CircuitBreaker breaker) implements LanguageModelStatus {

    @Override
    public Optional<ModelBreaker> current() {
        return Optional.of(new ModelBreaker(provider, model, breaker.state()));
    }
}
