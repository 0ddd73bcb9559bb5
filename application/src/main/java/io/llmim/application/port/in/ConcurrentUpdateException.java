package io.llmim.application.port.in;

/**
 * The change could not be stored because another writer changed the same incident (or opened
 * another active incident with the same fingerprint) every time it was tried. The caller may
 * retry; nothing was lost or half-written.
 */
public final class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
