package io.llmim.bootstrap;

import io.llmim.adapter.jobs.PeriodicRun;
import io.llmim.adapter.metrics.HostAndPort;
import io.llmim.application.cluster.ClusterMembership;
import io.llmim.application.port.in.AlertingStatusQuery.ClusterStatus;
import io.llmim.application.port.out.InstanceRegistry;
import io.llmim.bootstrap.config.AppConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The instances sharing PostgreSQL know each other through heartbeats in the store, for
 * {@code GET /api/v2/status}'s cluster peers. An instance alone on SQLite has no cluster: disabled.
 */
final class ClusterFactory {

    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    // Three heartbeats missed: the instance stopped without leaving (a crash) or cannot reach the store.
    private static final Duration STALE_AFTER = HEARTBEAT.multipliedBy(3);
    private static final Set<String> ANY_ADDRESS = Set.of("0.0.0.0", "::", "[::]", "");

    private ClusterFactory() {
    }

    /** Joins the instances sharing the store, if it is shared; the status to answer with. */
    static Supplier<ClusterStatus> join(AppConfig config, Adapters.Store store, Clock clock, StartedComponents started) {
        if (store.instances().isEmpty()) {
            return ClusterStatus::disabled;
        }
        InstanceRegistry.Instance self = new InstanceRegistry.Instance(UUID.randomUUID().toString(),
                advertisedAddress(config));
        ClusterMembership membership = new ClusterMembership(store.instances().get(), self, clock, STALE_AFTER);
        membership.beat();
        started.add("cluster membership", membership, (member, remaining) -> member.leave());
        PeriodicRun heartbeat = new PeriodicRun("cluster heartbeat", membership::beat, HEARTBEAT);
        heartbeat.start();
        started.add("cluster heartbeat", heartbeat);
        return membership::status;
    }

    // Peers need an address they can reach: a wildcard listen address is replaced by the host's name.
    private static String advertisedAddress(AppConfig config) {
        HostAndPort listen = HostAndPort.parse(config.server().listenAddress());
        String host = listen.host();
        if (ANY_ADDRESS.contains(host)) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        return host + ":" + listen.port();
    }
}
