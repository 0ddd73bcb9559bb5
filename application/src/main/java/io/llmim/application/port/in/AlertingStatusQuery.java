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
     */
    record AlertingStatus(String version, Instant startedAt, List<String> groupBy, Duration resolveTimeout,
                          List<String> receivers) {
        public AlertingStatus {
            groupBy = List.copyOf(groupBy);
            receivers = List.copyOf(receivers);
        }
    }
}
