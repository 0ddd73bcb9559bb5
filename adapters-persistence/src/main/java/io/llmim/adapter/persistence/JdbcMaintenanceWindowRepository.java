package io.llmim.adapter.persistence;

import io.llmim.application.port.out.MaintenanceWindowRepository;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.domain.maintenance.MaintenanceWindow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Maintenance windows, one row each (V14__maintenance_windows_and_instances.sql). */
record JdbcMaintenanceWindowRepository(Sql sql) implements MaintenanceWindowRepository {

    private static final String COLUMNS = "id, name, matchers, time_intervals, created_by, comment, created_at, updated_at";

    @Override
    public void add(MaintenanceWindow window) {
        sql.update("storing maintenance window " + window.id(), QueryOperation.INSERT,
                "INSERT INTO maintenance_windows (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                p -> p.text(window.id()).text(window.name())
                        .text(MaintenanceWindowCodec.encodeMatchers(window.matchers()))
                        .text(MaintenanceWindowCodec.encodeIntervals(window.timeIntervals()))
                        .text(window.createdBy()).text(window.comment())
                        .instant(window.createdAt()).instant(window.updatedAt()));
    }

    @Override
    public boolean replace(MaintenanceWindow window) {
        return sql.update("replacing maintenance window " + window.id(), QueryOperation.UPDATE,
                "UPDATE maintenance_windows SET name = ?, matchers = ?, time_intervals = ?, created_by = ?, "
                        + "comment = ?, created_at = ?, updated_at = ? WHERE id = ?",
                p -> p.text(window.name())
                        .text(MaintenanceWindowCodec.encodeMatchers(window.matchers()))
                        .text(MaintenanceWindowCodec.encodeIntervals(window.timeIntervals()))
                        .text(window.createdBy()).text(window.comment())
                        .instant(window.createdAt()).instant(window.updatedAt()).text(window.id())) == 1;
    }

    @Override
    public boolean remove(String id) {
        return sql.update("deleting maintenance window " + id, QueryOperation.DELETE,
                "DELETE FROM maintenance_windows WHERE id = ?", p -> p.text(id)) == 1;
    }

    @Override
    public Optional<MaintenanceWindow> findById(String id) {
        return sql.query("reading maintenance window " + id,
                "SELECT " + COLUMNS + " FROM maintenance_windows WHERE id = ?", p -> p.text(id),
                JdbcMaintenanceWindowRepository::window).stream().findFirst();
    }

    @Override
    public List<MaintenanceWindow> all() {
        return sql.query("reading the maintenance windows",
                "SELECT " + COLUMNS + " FROM maintenance_windows ORDER BY name, id", Sql.NO_PARAMETERS,
                JdbcMaintenanceWindowRepository::window);
    }

    private static MaintenanceWindow window(ResultSet row) throws SQLException {
        return new MaintenanceWindow(row.getString("id"), row.getString("name"),
                MaintenanceWindowCodec.decodeMatchers(row.getString("matchers")),
                MaintenanceWindowCodec.decodeIntervals(row.getString("time_intervals")),
                row.getString("created_by"), row.getString("comment"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}
