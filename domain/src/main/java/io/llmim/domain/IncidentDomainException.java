package io.llmim.domain;

/** Base of every rule violation the domain reports; adapters translate these, never the other way round. */
public abstract class IncidentDomainException extends RuntimeException {

    protected IncidentDomainException(String message) {
        super(message);
    }
}
