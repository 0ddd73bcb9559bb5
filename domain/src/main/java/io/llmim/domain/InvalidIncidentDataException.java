package io.llmim.domain;

/** Data that can never make a valid incident; names the offending field so a client can fix it. */
public final class InvalidIncidentDataException extends IncidentDomainException {

    private final String field;
    private final String reason;

    public InvalidIncidentDataException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** What is wrong, without the field: for callers that name the field by a longer path. */
    public String reason() {
        return reason;
    }
}
