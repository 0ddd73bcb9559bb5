package io.llmim.adapter.persistence;

import io.llmim.application.port.out.InstanceRegistry;
import io.llmim.application.testing.InstanceRegistryContract;
import org.junit.jupiter.api.AfterEach;

class SqliteInstanceRegistryTest extends InstanceRegistryContract {

    private JdbcIncidentStore store;

    @Override
    protected InstanceRegistry emptyRegistry() {
        store = Stores.open(Stores.newSqliteUrl());
        return store.instances();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
