package io.llmim.domain;

/** Data that can never make a valid incident; names the offending field so a client can fix it. */
public final class InvalidIncidentDataException extends IncidentDomainException {

    private final String field;

    public InvalidIncidentDataException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
