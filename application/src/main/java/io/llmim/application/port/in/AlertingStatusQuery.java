package io.llmim.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What Alertmanager's {@code GET /api/v2/status} tells its clients (Grafana tests a data source
 * with it, amtool shows it): the version, since when the service runs, and the alert routing it
 * applies.
 */
public interface AlertingStatusQuery {

    AlertingStatus status();

    /**
     * @param groupBy        the labels posted alerts are grouped by ({@code ...}: all)
     * @param resolveTimeout how long a posted alert without an end fires without a repeat
     * @param receivers      the names of the notification webhooks
     * @param cluster        the instances sharing the store, as Alertmanager's cluster
     */
    record AlertingStatus(String version, Instant startedAt, List<String> groupBy, Duration resolveTimeout,
                          List<String> receivers, ClusterStatus cluster) {
        public AlertingStatus {
            groupBy = List.copyOf(groupBy);
            receivers = List.copyOf(receivers);
        }
    }

    /**
     * {@code disabled} for an instance alone (SQLite); {@code ready} on a shared store, with this
     * instance's name and the other instances as peers.
     */
    record ClusterStatus(String status, String name, List<Peer> peers) {
        public ClusterStatus {
            peers = List.copyOf(peers);
        }

        /** Another instance: its name and the address its API listens on. */
        public record Peer(String name, String address) {
        }

        public static ClusterStatus disabled() {
            return new ClusterStatus("disabled", "", List.of());
        }

        public static ClusterStatus ready(String name, List<Peer> peers) {
            return new ClusterStatus("ready", name, peers);
        }
    }
}
