package io.llmim.application.service;

import io.llmim.application.port.out.IncidentIdGenerator;
import io.llmim.domain.IncidentId;

import java.util.UUID;

/** Random (version 4) UUIDs: unique across processes without coordination. */
public final class RandomIncidentIdGenerator implements IncidentIdGenerator {

    @Override
    public IncidentId next() {
        return IncidentId.of(UUID.randomUUID());
    }
}
