package io.llmim.adapter.persistence;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A database as an older release left it: migrated up to a given version only, with nothing else done to it. */
final class OldSchema {

    private OldSchema() {
    }

    static void migrateTo(String url, String version) {
        SqlDialect dialect = SqlDialect.of(url);
        if (dialect == SqlDialect.SQLITE) {
            try {
                Files.createDirectories(Stores.sqliteFile(url).toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", dialect.migrations())
                .target(version).load().migrate();
    }
}
