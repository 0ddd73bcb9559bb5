package io.llmim.adapter.persistence;

import io.llmim.application.testing.AlertMemberRepositoryContract;
import org.junit.jupiter.api.AfterEach;

class SqliteAlertMemberRepositoryTest extends AlertMemberRepositoryContract {

    private JdbcIncidentStore store;

    @Override
    protected Stores emptyStores() {
        store = io.llmim.adapter.persistence.Stores.open(io.llmim.adapter.persistence.Stores.newSqliteUrl());
        return new Stores(store.incidents(), store.alertMembers());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
