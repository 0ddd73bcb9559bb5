package io.llmim.adapter.persistence;

import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.testing.IncidentRepositoryContract;
import org.junit.jupiter.api.AfterEach;

class PostgresIncidentRepositoryTest extends IncidentRepositoryContract {

    private JdbcIncidentStore store;

    @Override
    protected IncidentRepository emptyRepository() {
        store = Stores.open(Stores.newPostgresUrl());
        return store.incidents();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
