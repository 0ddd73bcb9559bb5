package io.llmim.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An Alertmanager webhook notification (payload version 4), as far as incidents need it. */
public record AlertmanagerNotification(String groupKey, String status, String receiver, Map<String, String> groupLabels,
                                       Map<String, String> commonLabels, Map<String, String> commonAnnotations,
                                       String externalUrl, int truncatedAlerts, List<Alert> alerts) {

    public AlertmanagerNotification {
        groupLabels = Map.copyOf(groupLabels);
        commonLabels = Map.copyOf(commonLabels);
        commonAnnotations = Map.copyOf(commonAnnotations);
        alerts = List.copyOf(alerts);
    }

    /** One alert of the group; {@code fingerprint} identifies it across notifications. */
    public record Alert(String status, Map<String, String> labels, Map<String, String> annotations, Instant startsAt,
                        Instant endsAt, String generatorUrl, String fingerprint) {
        public Alert {
            labels = Map.copyOf(labels);
            annotations = Map.copyOf(annotations);
        }

        public boolean firing() {
            return "firing".equals(status);
        }
    }
}
