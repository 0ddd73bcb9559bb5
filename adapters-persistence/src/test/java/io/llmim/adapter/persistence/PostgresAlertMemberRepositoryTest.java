package io.llmim.adapter.persistence;

import io.llmim.application.testing.AlertMemberRepositoryContract;
import org.junit.jupiter.api.AfterEach;

class PostgresAlertMemberRepositoryTest extends AlertMemberRepositoryContract {

    private JdbcIncidentStore store;

    @Override
    protected Stores emptyStores() {
        store = io.llmim.adapter.persistence.Stores.open(io.llmim.adapter.persistence.Stores.newPostgresUrl());
        return new Stores(store.incidents(), store.alertMembers());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
