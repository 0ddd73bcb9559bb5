package io.llmim.adapter.persistence;

import io.llmim.application.testing.IncidentChangeLogContract;
import org.junit.jupiter.api.AfterEach;

class SqliteIncidentChangeLogTest extends IncidentChangeLogContract {

    private JdbcIncidentStore store;

    @Override
    protected Stores emptyStores() {
        store = io.llmim.adapter.persistence.Stores.open(io.llmim.adapter.persistence.Stores.newSqliteUrl());
        return new Stores(store.changeLog(), store.history());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
