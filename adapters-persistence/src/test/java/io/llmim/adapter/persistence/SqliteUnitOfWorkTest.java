package io.llmim.adapter.persistence;

class SqliteUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected String newDatabaseUrl() {
        return Stores.newSqliteUrl();
    }
}
