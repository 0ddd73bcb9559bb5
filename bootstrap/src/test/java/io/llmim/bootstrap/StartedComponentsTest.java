package io.llmim.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.BindException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The one list of started components that a failed start and a stop both unwind. */
class StartedComponentsTest {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final List<String> stopped = new ArrayList<>();
    private final List<Duration> given = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final StartedComponents started = new StartedComponents(nanos::get);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private void started(String name) {
        started.add(name, name, (component, remaining) -> {
            stopped.add(component);
            given.add(remaining);
        });
    }

    private void startedFailingToStop(String name, Exception failure) {
        started.add(name, name, (component, remaining) -> {
            throw failure;
        });
    }

    private void startedTaking(String name, Duration time) {
        started.add(name, name, (component, remaining) -> {
            given.add(remaining);
            nanos.addAndGet(time.toNanos());
        });
    }

    @Test
    void stop_stops_the_last_started_first() {
        started("store");
        started("jobs");
        started("API server");

        assertThat(started.stop(GRACE)).isTrue();

        assertThat(stopped).containsExactly("API server", "jobs", "store");
    }

    @Test
    void a_failed_start_stops_what_had_started_last_first() {
        started("store");
        started("metrics endpoint");
        Exception cause = new BindException("Address already in use");

        started.abandon(cause, GRACE);

        assertThat(stopped).containsExactly("metrics endpoint", "store");
        assertThat(cause.getSuppressed()).isEmpty();
    }

    @Test
    void a_failure_to_stop_after_a_failed_start_is_kept_with_the_cause() {
        started("store");
        startedFailingToStop("jobs", new IllegalStateException("stuck"));
        Exception cause = new BindException("Address already in use");

        started.abandon(cause, GRACE);

        assertThat(stopped).containsExactly("store");
        assertThat(cause.getSuppressed()).singleElement()
                .satisfies(failure -> assertThat(failure).hasMessage("stopping the jobs failed")
                        .hasRootCauseMessage("stuck"));
    }

    @Test
    void a_component_that_fails_to_stop_does_not_keep_the_others_running() {
        started("store");
        startedFailingToStop("jobs", new IllegalStateException("stuck"));
        started("API server");

        assertThat(started.stop(GRACE)).isFalse();

        assertThat(stopped).containsExactly("API server", "store");
    }

    @Test
    void the_components_share_one_grace_period() {
        started("store");
        startedTaking("jobs", Duration.ofSeconds(1));
        startedTaking("API server", Duration.ofSeconds(3));

        started.stop(GRACE);

        assertThat(given).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void what_stops_after_the_grace_period_ran_out_gets_no_time_at_all() {
        started("store");
        startedTaking("API server", Duration.ofSeconds(7));

        started.stop(GRACE);

        assertThat(given).containsExactly(Duration.ofSeconds(5), Duration.ZERO);
    }

    @Test
    void an_interrupted_stop_still_stops_the_rest_and_hands_the_interrupt_back() {
        started("store");
        startedFailingToStop("jobs", new InterruptedException());

        assertThat(started.stop(GRACE)).isFalse();

        assertThat(stopped).containsExactly("store");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void stopping_again_stops_nothing_twice() {
        started("store");
        started.stop(GRACE);

        assertThat(started.stop(GRACE)).isTrue();

        assertThat(stopped).containsExactly("store");
    }
}
