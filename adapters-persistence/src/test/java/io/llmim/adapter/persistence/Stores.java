package io.llmim.adapter.persistence;

import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh stores for tests: a SQLite file in a new temp directory, or a new PostgreSQL database. */
final class Stores {

    private Stores() {
    }

    static String newSqliteUrl() {
        try {
            return "jdbc:sqlite:" + Files.createTempDirectory("llmim-sqlite").resolve("data/incidents.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String newPostgresUrl() {
        return PostgresServer.shared().createDatabase();
    }

    static JdbcIncidentStore open(String url) {
        return JdbcIncidentStore.open(new StorageSettings(url, "", "", 10), "", DatabaseMetrics.noOp(),
                CacheMetrics.noOp());
    }

    static Path sqliteFile(String url) {
        return Path.of(url.substring("jdbc:sqlite:".length()));
    }
}
