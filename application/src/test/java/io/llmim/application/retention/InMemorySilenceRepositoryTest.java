package io.llmim.application.retention;

import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.InMemoryHistoryPruning;
import io.llmim.application.testing.InMemoryIncidentChangeLog;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.InMemorySilenceRepository;
import io.llmim.application.testing.SilenceRepositoryContract;

class InMemorySilenceRepositoryTest extends SilenceRepositoryContract {

    @Override
    protected Stores emptyStores() {
        InMemorySilenceRepository silences = new InMemorySilenceRepository();
        return new Stores(silences, new InMemoryHistoryPruning(new InMemoryIncidentRepository(), new InMemoryJobStore(),
                new InMemoryAlertMemberRepository(), new InMemoryIncidentChangeLog(), silences));
    }
}
