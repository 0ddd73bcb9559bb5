package io.llmim.application.port.in;

import io.llmim.domain.IncidentId;

/** No incident has this id. */
public final class IncidentNotFoundException extends RuntimeException {

    private final IncidentId id;

    public IncidentNotFoundException(IncidentId id) {
        super("no incident with id " + id);
        this.id = id;
    }

    public IncidentId id() {
        return id;
    }
}
