package io.llmim.application.port.in;

/**
 * The store could not do what was asked (unreachable, timed out, disk full): a temporary,
 * server-side failure. Callers may retry later; senders such as Alertmanager should be told to.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
