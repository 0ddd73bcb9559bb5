package io.llmim.adapter.persistence;

class PostgresUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected String newDatabaseUrl() {
        return Stores.newPostgresUrl();
    }
}
