package io.llmim.adapter.persistence;

class PostgresConcurrencyTest extends ConcurrencyContract {

    @Override
    protected String newDatabaseUrl() {
        return Stores.newPostgresUrl();
    }
}
