package io.llmim.adapter.persistence;

import io.llmim.application.testing.SilenceRepositoryContract;
import org.junit.jupiter.api.AfterEach;

class SqliteSilenceRepositoryTest extends SilenceRepositoryContract {

    private JdbcIncidentStore store;

    @Override
    protected Stores emptyStores() {
        store = io.llmim.adapter.persistence.Stores.open(io.llmim.adapter.persistence.Stores.newSqliteUrl());
        return new Stores(store.silences(), store.history());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
