package io.llmim.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.IncidentLinkRepository;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.JobStore;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The durable store: a pooled database, migrated on open, with the incident repository (behind a
 * read-through cache) on top. One per process; {@link #close()} on shutdown.
 */
public final class JdbcIncidentStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcIncidentStore.class);
    private static final long CACHE_MAX_BYTES = 32L * 1024 * 1024;
    private static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private static final int READINESS_TIMEOUT_SECONDS = 2;
    // Schema both databases read the same way; what differs (the timeline identity column) is per dialect.
    private static final String COMMON_MIGRATIONS = "classpath:db/migration/common";

    private final SqlDialect dialect;
    private final HikariDataSource dataSource;
    private final IncidentRepository incidents;
    private final AlertMemberRepository alertMembers;
    private final JobStore jobs;
    private final IncidentLinkRepository links;

    private JdbcIncidentStore(SqlDialect dialect, HikariDataSource dataSource, IncidentRepository incidents,
                              DatabaseMetrics metrics) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.incidents = incidents;
        this.alertMembers = new JdbcAlertMemberRepository(dataSource, metrics);
        this.jobs = new JdbcJobStore(dataSource, dialect, metrics);
        this.links = new JdbcIncidentLinkRepository(dataSource, metrics);
    }

    /**
     * Opens the store described by {@code settings}: creates the SQLite file's directory, starts the
     * pool, applies pending migrations, and registers pool and cache statistics.
     */
    public static JdbcIncidentStore open(StorageSettings settings, DatabaseMetrics databaseMetrics,
                                         CacheMetrics cacheMetrics) {
        SqlDialect dialect = SqlDialect.of(settings.url());
        if (dialect == SqlDialect.SQLITE) {
            createParentDirectory(settings.url());
        }
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings, dialect));
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(COMMON_MIGRATIONS, dialect.migrations())
                    .load()
                    .migrate();
            databaseMetrics.registerPool(dialect.poolName(), new DatabaseMetrics.PoolStatistics() {
                @Override
                public int activeConnections() {
                    var pool = dataSource.getHikariPoolMXBean();
                    return pool == null ? 0 : pool.getActiveConnections();
                }

                @Override
                public int idleConnections() {
                    var pool = dataSource.getHikariPoolMXBean();
                    return pool == null ? 0 : pool.getIdleConnections();
                }
            });
            IncidentRepository repository = new CachingIncidentRepository(
                    new JdbcIncidentRepository(dataSource, dialect, databaseMetrics),
                    CACHE_MAX_BYTES, CACHE_TTL, cacheMetrics);
            LOG.info("store ready: {} ({})", redacted(settings.url()), dialect.name().toLowerCase());
            return new JdbcIncidentStore(dialect, dataSource, repository, databaseMetrics);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public IncidentRepository incidents() {
        return incidents;
    }

    /** The alerts of Alertmanager group incidents. */
    public AlertMemberRepository alertMembers() {
        return alertMembers;
    }

    /** The durable job queues. */
    public JobStore jobs() {
        return jobs;
    }

    /** Which incidents correlation linked. */
    public IncidentLinkRepository links() {
        return links;
    }

    /** The pool, for other tables of this store (job queue, links) migrated by the same Flyway history. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether a trivial query answers within a short timeout: what {@code /ready} asks. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(READINESS_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** {@code sqlite} or {@code postgresql}. */
    public String kind() {
        return dialect.name().toLowerCase();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariConfig poolConfig(StorageSettings settings, SqlDialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        if (!settings.username().isEmpty()) {
            config.setUsername(settings.username());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName(dialect.poolName());
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        dialect.connectionProperties().forEach(config::addDataSourceProperty);
        return config;
    }

    private static void createParentDirectory(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store directory " + parent, e);
        }
    }

    private static String redacted(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
