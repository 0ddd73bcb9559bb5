package io.llmim.application.retention;

import io.llmim.application.testing.HistoryPruningContract;
import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.InMemoryHistoryPruning;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.InMemoryIncidentChangeLog;
import io.llmim.application.testing.InMemoryJobStore;

class InMemoryHistoryPruningTest extends HistoryPruningContract {

    @Override
    protected Stores emptyStores() {
        InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
        InMemoryJobStore jobs = new InMemoryJobStore();
        InMemoryAlertMemberRepository members = new InMemoryAlertMemberRepository();
        return new Stores(incidents, jobs, members, new InMemoryHistoryPruning(incidents, jobs, members,
                new InMemoryIncidentChangeLog()));
    }
}
