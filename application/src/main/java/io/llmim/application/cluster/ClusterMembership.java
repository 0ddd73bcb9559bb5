package io.llmim.application.cluster;

import io.llmim.application.port.in.AlertingStatusQuery.ClusterStatus;
import io.llmim.application.port.out.InstanceRegistry;
import io.llmim.application.port.out.InstanceRegistry.Instance;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * This instance among those sharing the store: {@link #beat()} (run periodically) announces it and
 * reads the others seen within {@code staleAfter}, so that {@link #status()} answers from memory,
 * without a query on the request's thread.
 */
public final class ClusterMembership {

    private final InstanceRegistry registry;
    private final Instance self;
    private final Clock clock;
    private final Duration staleAfter;
    private volatile List<ClusterStatus.Peer> peers = List.of();

    public ClusterMembership(InstanceRegistry registry, Instance self, Clock clock, Duration staleAfter) {
        this.registry = registry;
        this.self = self;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** Announces this instance and reads its peers, those seen within the staleness bound. */
    public void beat() {
        registry.heartbeat(self, clock.instant());
        peers = registry.seenSince(clock.instant().minus(staleAfter)).stream()
                .filter(instance -> !instance.name().equals(self.name()))
                .map(instance -> new ClusterStatus.Peer(instance.name(), instance.address()))
                .toList();
    }

    /** Removes this instance from the registry, as it stops. */
    public void leave() {
        registry.leave(self.name());
    }

    /** Ready, with the peers of the last heartbeat. */
    public ClusterStatus status() {
        return ClusterStatus.ready(self.name(), peers);
    }
}
