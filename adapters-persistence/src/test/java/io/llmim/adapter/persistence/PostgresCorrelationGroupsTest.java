package io.llmim.adapter.persistence;

import io.llmim.application.testing.CorrelationGroupsContract;
import org.junit.jupiter.api.AfterEach;

class PostgresCorrelationGroupsTest extends CorrelationGroupsContract {

    private JdbcIncidentStore store;

    @Override
    protected Stores emptyStores() {
        store = io.llmim.adapter.persistence.Stores.open(io.llmim.adapter.persistence.Stores.newPostgresUrl());
        return new Stores(store.incidents(), store.correlationGroups());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
