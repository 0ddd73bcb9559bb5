package io.llmim.application.testing;

import io.llmim.application.port.out.InstanceRegistry;
import io.llmim.application.port.out.InstanceRegistry.Instance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link InstanceRegistry} must do; each implementation's test supplies an empty one. */
public abstract class InstanceRegistryContract {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instance ONE = new Instance("one", "10.0.0.1:8080");
    private static final Instance TWO = new Instance("two", "10.0.0.2:8080");

    private InstanceRegistry instances;

    protected abstract InstanceRegistry emptyRegistry();

    @BeforeEach
    void startEmpty() {
        instances = emptyRegistry();
    }

    @Test
    void instances_seen_since_an_instant_are_listed_by_name() {
        instances.heartbeat(TWO, T0);
        instances.heartbeat(ONE, T0.plusSeconds(1));

        assertThat(instances.seenSince(T0)).containsExactly(ONE, TWO);
    }

    @Test
    void an_instance_not_seen_since_the_instant_is_left_out() {
        instances.heartbeat(ONE, T0);
        instances.heartbeat(TWO, T0.plusSeconds(30));

        assertThat(instances.seenSince(T0.plusSeconds(10))).containsExactly(TWO);
    }

    @Test
    void a_heartbeat_moves_the_last_sighting_and_the_address_of_the_same_name() {
        instances.heartbeat(ONE, T0);
        Instance moved = new Instance("one", "10.0.0.9:8080");

        instances.heartbeat(moved, T0.plusSeconds(30));

        assertThat(instances.seenSince(T0.plusSeconds(10))).containsExactly(moved);
    }

    @Test
    void an_instance_that_left_is_not_listed_and_leaving_twice_is_no_error() {
        instances.heartbeat(ONE, T0);

        instances.leave("one");
        instances.leave("one");

        assertThat(instances.seenSince(T0)).isEmpty();
    }
}
