package io.llmim.adapter.http.integration;

/** A sender's payload of the wrong shape; names the field. */
final class PayloadException extends RuntimeException {

    private final String field;

    PayloadException(String field, String problem) {
        super(field + ": " + problem, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
