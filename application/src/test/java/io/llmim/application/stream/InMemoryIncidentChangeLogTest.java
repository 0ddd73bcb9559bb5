package io.llmim.application.stream;

import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.InMemoryHistoryPruning;
import io.llmim.application.testing.InMemoryIncidentChangeLog;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.IncidentChangeLogContract;

class InMemoryIncidentChangeLogTest extends IncidentChangeLogContract {

    @Override
    protected Stores emptyStores() {
        InMemoryIncidentChangeLog log = new InMemoryIncidentChangeLog();
        return new Stores(log, new InMemoryHistoryPruning(new InMemoryIncidentRepository(), new InMemoryJobStore(),
                new InMemoryAlertMemberRepository(), log));
    }
}
