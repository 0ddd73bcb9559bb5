package io.llmim.application.port.in;

/** No silence has the id asked for. */
public final class SilenceNotFoundException extends RuntimeException {

    public SilenceNotFoundException(String id) {
        super("silence " + id + " not found");
    }
}
