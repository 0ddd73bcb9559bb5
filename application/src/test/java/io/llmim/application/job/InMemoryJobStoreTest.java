package io.llmim.application.job;

import io.llmim.application.port.out.JobStore;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.JobStoreContract;

class InMemoryJobStoreTest extends JobStoreContract {

    @Override
    protected JobStore emptyStore() {
        return new InMemoryJobStore();
    }
}
