package io.llmim.application.port.in;

/** A query parameter that can never be answered, such as a malformed cursor; names the parameter. */
public final class InvalidQueryException extends RuntimeException {

    private final String parameter;

    public InvalidQueryException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
