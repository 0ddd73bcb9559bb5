package io.llmim.application.integration;

import io.llmim.application.testing.AlertMemberRepositoryContract;
import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.InMemoryIncidentRepository;

class InMemoryAlertMemberRepositoryTest extends AlertMemberRepositoryContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryIncidentRepository(), new InMemoryAlertMemberRepository());
    }
}
