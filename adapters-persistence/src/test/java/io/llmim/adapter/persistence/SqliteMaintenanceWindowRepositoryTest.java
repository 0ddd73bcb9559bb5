package io.llmim.adapter.persistence;

import io.llmim.application.port.out.MaintenanceWindowRepository;
import io.llmim.application.testing.MaintenanceWindowRepositoryContract;
import org.junit.jupiter.api.AfterEach;

class SqliteMaintenanceWindowRepositoryTest extends MaintenanceWindowRepositoryContract {

    private JdbcIncidentStore store;

    @Override
    protected MaintenanceWindowRepository emptyRepository() {
        store = Stores.open(Stores.newSqliteUrl());
        return store.maintenanceWindows();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
