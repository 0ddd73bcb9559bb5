package io.llmim.application.incident;

import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.IncidentRepositoryContract;

class InMemoryIncidentRepositoryTest extends IncidentRepositoryContract {

    @Override
    protected IncidentRepository emptyRepository() {
        return new InMemoryIncidentRepository();
    }
}
