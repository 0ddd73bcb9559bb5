package io.llmim.application.testing;

import io.llmim.application.port.out.IncidentIdGenerator;
import io.llmim.domain.IncidentId;

import java.util.UUID;

/** Random (version 4) UUIDs, for tests of services that only need ids to be unique. */
public final class RandomIncidentIdGenerator implements IncidentIdGenerator {

    @Override
    public IncidentId next() {
        return IncidentId.of(UUID.randomUUID());
    }
}
