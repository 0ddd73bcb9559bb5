package io.llmim.adapter.http;

/**
 * A request that can never succeed as sent, from any entry point (the incident API or an
 * integration's payload); names the field or parameter at fault. Answered 400, so it carries no
 * stack trace.
 */
public final class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String detail) {
        super(field + ": " + detail, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
