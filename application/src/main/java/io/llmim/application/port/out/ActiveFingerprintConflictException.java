package io.llmim.application.port.out;

import io.llmim.domain.Fingerprint;

/** Another active incident already has this fingerprint; the write was refused and changed nothing. */
public final class ActiveFingerprintConflictException extends RuntimeException {

    public ActiveFingerprintConflictException(Fingerprint fingerprint) {
        super("an active incident with fingerprint " + fingerprint + " already exists");
    }
}
