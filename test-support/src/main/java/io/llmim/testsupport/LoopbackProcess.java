package io.llmim.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A system program a test runs on loopback (prometheus, pushgateway, alertmanager, the service's
 * own jar), its output kept in a log file for the failure message, stopped by {@link #close()}.
 */
public final class LoopbackProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;

    private LoopbackProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static LoopbackProcess start(Path workingDirectory, List<String> command) {
        return start(workingDirectory, command, Map.of());
    }

    /** Like {@link #start(Path, List)}, with {@code environment} added to the test's own. */
    public static LoopbackProcess start(Path workingDirectory, List<String> command, Map<String, String> environment) {
        try {
            Path log = Files.createTempFile(workingDirectory, "process", ".log");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
            builder.environment().putAll(environment);
            Process process = builder
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new LoopbackProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code url} answers 200, failing with the program's output if it exits first. */
    public void awaitHttpOk(String url, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("process exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
