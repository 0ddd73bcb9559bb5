package io.llmim.application.job;

import io.llmim.application.testing.InMemoryIncidentLinkRepository;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.IncidentLinkRepositoryContract;

class InMemoryIncidentLinkRepositoryTest extends IncidentLinkRepositoryContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryIncidentRepository(), new InMemoryIncidentLinkRepository());
    }
}
