package io.llmim.application.job;

import io.llmim.application.testing.CorrelationGroupsContract;
import io.llmim.application.testing.InMemoryCorrelationGroups;
import io.llmim.application.testing.InMemoryIncidentRepository;

class InMemoryCorrelationGroupsTest extends CorrelationGroupsContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryIncidentRepository(), new InMemoryCorrelationGroups());
    }
}
