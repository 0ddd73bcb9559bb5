package io.llmim.adapter.persistence;

import io.llmim.application.port.out.JobStore;
import io.llmim.application.testing.JobStoreContract;
import org.junit.jupiter.api.AfterEach;

class SqliteJobStoreTest extends JobStoreContract {

    private JdbcIncidentStore store;

    @Override
    protected JobStore emptyStore() {
        store = Stores.open(Stores.newSqliteUrl());
        return store.jobs();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
