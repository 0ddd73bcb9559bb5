package io.llmim.bootstrap;

import io.llmim.testsupport.LoopbackProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A configuration file for a service under test: loopback, free ports, its own SQLite file. */
record TestConfig(Path file, int apiPort, int metricsPort, int grpcPort) {

    static TestConfig in(Path dir, String extraToml) {
        return in(dir, "jdbc:sqlite:" + dir.resolve("data/incidents.db"), extraToml);
    }

    /** Storing at {@code storageUrl}, such as a PostgreSQL database several instances share. */
    static TestConfig in(Path dir, String storageUrl, String extraToml) {
        int apiPort = LoopbackProcess.freePort();
        int metricsPort = LoopbackProcess.freePort();
        int grpcPort = LoopbackProcess.freePort();
        Path file = dir.resolve("config.toml");
        String toml = """
                [server]
                listen_address = "127.0.0.1:%d"
                grpc_listen_address = "127.0.0.1:%d"
                shutdown_grace_seconds = 5
                [storage]
                url = "%s"
                [metrics]
                listen_address = "127.0.0.1:%d"
                %s
                """.formatted(apiPort, grpcPort, storageUrl, metricsPort, extraToml);
        try {
            Files.writeString(file, toml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestConfig(file, apiPort, metricsPort, grpcPort);
    }

    String api() {
        return "http://127.0.0.1:" + apiPort;
    }

    String metrics() {
        return "http://127.0.0.1:" + metricsPort + "/metrics";
    }
}
