package io.llmim.bootstrap;

import io.llmim.bootstrap.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A start that fails half-way stops what it had started, last started first: no port stays bound,
 * no thread of the service keeps running, and the store opens again.
 */
class FailedStartTest {

    private static final Predicate<Thread> SERVICE_THREAD = thread -> thread.getName().startsWith("llmim-")
            || thread.getName().startsWith("vert.x-") || thread.getName().startsWith("vertx-")
            || thread.getName().startsWith("HikariPool");

    @TempDir
    Path dir;

    private final Set<Thread> threadsBefore = Set.copyOf(Thread.getAllStackTraces().keySet());

    private static IncidentManager start(TestConfig test) throws Exception {
        return IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), Map.of()), Map.of(),
                Adapters.configured());
    }

    private static ServerSocket listenOn(int port) throws IOException {
        return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    }

    private void assertNoServiceThreadLeftRunning() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(thread -> !threadsBefore.contains(thread))
                .filteredOn(SERVICE_THREAD)
                .extracting(Thread::getName)
                .isEmpty());
    }

    @Test
    void an_api_port_already_taken_fails_the_start_and_frees_the_metrics_port() throws Exception {
        TestConfig test = TestConfig.in(dir, "");

        try (ServerSocket taken = listenOn(test.apiPort())) {
            assertThatThrownBy(() -> start(test)).hasRootCauseInstanceOf(BindException.class);
        }

        assertNoServiceThreadLeftRunning();
        try (ServerSocket metricsPortAgain = listenOn(test.metricsPort())) {
            assertThat(metricsPortAgain.isBound()).isTrue();
        }
    }

    @Test
    void a_metrics_port_already_taken_fails_the_start_and_the_service_starts_again_once_it_is_free()
            throws Exception {
        TestConfig test = TestConfig.in(dir, "");

        try (ServerSocket taken = listenOn(test.metricsPort())) {
            assertThatThrownBy(() -> start(test)).hasRootCauseInstanceOf(BindException.class);
        }

        assertNoServiceThreadLeftRunning();
        try (IncidentManager again = start(test)) {
            assertThat(Http.get(test.api() + "/ready").statusCode()).isEqualTo(200);
        }
    }
}
