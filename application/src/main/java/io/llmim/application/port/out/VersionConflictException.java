package io.llmim.application.port.out;

import io.llmim.domain.IncidentId;

/** The incident changed since it was loaded; the write was refused and changed nothing. */
public final class VersionConflictException extends RuntimeException {

    public VersionConflictException(IncidentId id, long expectedVersion) {
        super("incident " + id + " is no longer at version " + expectedVersion);
    }
}
