package io.llmim.adapter.persistence;

import io.llmim.application.port.out.InstanceRegistry;
import io.llmim.application.port.out.QueryOperation;

import java.time.Instant;
import java.util.List;

/** The instances sharing the store, one row each (V14__maintenance_windows_and_instances.sql). */
record JdbcInstanceRegistry(Sql sql) implements InstanceRegistry {

    @Override
    public void heartbeat(Instance instance, Instant at) {
        sql.update("announcing instance " + instance.name(), QueryOperation.INSERT,
                "INSERT INTO instances (name, address, last_seen) VALUES (?, ?, ?) "
                        + "ON CONFLICT (name) DO UPDATE SET address = excluded.address, last_seen = excluded.last_seen",
                p -> p.text(instance.name()).text(instance.address()).instant(at));
    }

    @Override
    public List<Instance> seenSince(Instant since) {
        return sql.query("reading the instances sharing the store",
                "SELECT name, address FROM instances WHERE last_seen >= ? ORDER BY name", p -> p.instant(since),
                row -> new Instance(row.getString(1), row.getString(2)));
    }

    @Override
    public void leave(String name) {
        sql.update("removing instance " + name, QueryOperation.DELETE, "DELETE FROM instances WHERE name = ?",
                p -> p.text(name));
    }
}
