package io.llmim.adapter.persistence;

import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.testing.IncidentRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The bare JDBC repository, without the cache the store puts in front of it. */
class UncachedSqliteIncidentRepositoryTest extends IncidentRepositoryContract {

    private JdbcIncidentStore store;

    @Override
    protected IncidentRepository emptyRepository() {
        store = Stores.open(Stores.newSqliteUrl());
        return new JdbcIncidentRepository(store.sql(), SqlDialect.SQLITE);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
