package io.llmim.bootstrap;

import io.llmim.adapter.persistence.PostgresServer;
import io.llmim.bootstrap.config.ConfigLoader;
import io.llmim.testsupport.LoopbackProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A configuration file for a service under test: loopback, free ports, its own SQLite file. The gRPC
 * server takes any free port when it binds ({@link IncidentManager#grpcPort()}), so no port picked
 * here can be taken by another process before it does.
 */
record TestConfig(Path file, int apiPort, int metricsPort) {

    static TestConfig in(Path dir, String extraToml) {
        return in(dir, "jdbc:sqlite:" + dir.resolve("data/incidents.db"), extraToml);
    }

    /** Storing at {@code storageUrl}, such as a PostgreSQL database several instances share. */
    static TestConfig in(Path dir, String storageUrl, String extraToml) {
        int apiPort = LoopbackProcess.freePort();
        int metricsPort = LoopbackProcess.freePort();
        Path file = dir.resolve("config.toml");
        String toml = """
                [server]
                listen_address = "127.0.0.1:%d"
                grpc_listen_address = "127.0.0.1:0"
                shutdown_grace_seconds = 5
                [storage]
                url = "%s"
                [metrics]
                listen_address = "127.0.0.1:%d"
                %s
                """.formatted(apiPort, storageUrl, metricsPort, extraToml);
        try {
            Files.writeString(file, toml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestConfig(file, apiPort, metricsPort);
    }

    /** Configurations of {@code count} instances sharing one new PostgreSQL database, each in a directory of its own. */
    static List<TestConfig> sharingPostgres(Path dir, int count) {
        String database = PostgresServer.shared().createDatabase();
        return IntStream.range(0, count).mapToObj(n -> {
            Path own = dir.resolve("instance-" + n);
            try {
                Files.createDirectories(own);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return in(own, database, "");
        }).toList();
    }

    /** The service as this file configures it, with the configured adapters on {@code clock}. */
    IncidentManager start(Clock clock) throws Exception {
        return IncidentManager.start(new ConfigLoader().load(Optional.of(file), Map.of()), Map.of(),
                Adapters.configured().withClock(clock));
    }

    String api() {
        return "http://127.0.0.1:" + apiPort;
    }

    String metrics() {
        return "http://127.0.0.1:" + metricsPort + "/metrics";
    }
}
