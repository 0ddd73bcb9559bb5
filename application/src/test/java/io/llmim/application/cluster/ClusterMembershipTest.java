package io.llmim.application.cluster;

import io.llmim.application.port.in.AlertingStatusQuery.ClusterStatus;
import io.llmim.application.port.out.InstanceRegistry.Instance;
import io.llmim.application.testing.InMemoryInstanceRegistry;
import io.llmim.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterMembershipTest {

    private static final Duration STALE_AFTER = Duration.ofSeconds(15);

    private final InMemoryInstanceRegistry registry = new InMemoryInstanceRegistry();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
    private final ClusterMembership self = new ClusterMembership(registry, new Instance("self", "10.0.0.1:8080"),
            clock, STALE_AFTER);

    @Test
    void the_status_is_ready_with_the_other_instances_as_peers() {
        registry.heartbeat(new Instance("other", "10.0.0.2:8080"), clock.instant());

        self.beat();

        assertThat(self.status()).isEqualTo(ClusterStatus.ready("self",
                java.util.List.of(new ClusterStatus.Peer("other", "10.0.0.2:8080"))));
    }

    @Test
    void an_instance_silent_for_longer_than_the_staleness_bound_is_not_a_peer() {
        registry.heartbeat(new Instance("other", "10.0.0.2:8080"), clock.instant());
        clock.advance(STALE_AFTER.plusSeconds(1));

        self.beat();

        assertThat(self.status().peers()).isEmpty();
    }

    @Test
    void leaving_removes_this_instance_from_the_registry() {
        self.beat();

        self.leave();

        assertThat(registry.seenSince(Instant.EPOCH)).isEmpty();
    }
}
