package io.llmim.adapter.persistence;

import io.llmim.application.testing.HistoryPruningContract;
import org.junit.jupiter.api.AfterEach;

class PostgresHistoryPruningTest extends HistoryPruningContract {

    private JdbcIncidentStore store;

    @Override
    protected Stores emptyStores() {
        store = io.llmim.adapter.persistence.Stores.open(io.llmim.adapter.persistence.Stores.newPostgresUrl());
        return new Stores(store.incidents(), store.jobs(), store.alertMembers(), store.history());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
