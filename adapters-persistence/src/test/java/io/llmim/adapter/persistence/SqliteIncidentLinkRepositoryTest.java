package io.llmim.adapter.persistence;

import io.llmim.application.testing.IncidentLinkRepositoryContract;
import org.junit.jupiter.api.AfterEach;

class SqliteIncidentLinkRepositoryTest extends IncidentLinkRepositoryContract {

    private JdbcIncidentStore store;

    @Override
    protected Stores emptyStores() {
        store = io.llmim.adapter.persistence.Stores.open(io.llmim.adapter.persistence.Stores.newSqliteUrl());
        return new Stores(store.incidents(), store.links());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
