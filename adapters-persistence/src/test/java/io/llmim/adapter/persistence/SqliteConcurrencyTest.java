package io.llmim.adapter.persistence;

class SqliteConcurrencyTest extends ConcurrencyContract {

    @Override
    protected String newDatabaseUrl() {
        return Stores.newSqliteUrl();
    }
}
