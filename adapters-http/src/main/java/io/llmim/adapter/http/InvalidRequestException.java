package io.llmim.adapter.http;

/** A request that can never succeed as sent; names the field or parameter at fault. */
final class InvalidRequestException extends RuntimeException {

    private final String field;

    InvalidRequestException(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
    }

    String field() {
        return field;
    }
}
