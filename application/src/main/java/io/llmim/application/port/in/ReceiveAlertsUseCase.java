package io.llmim.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Takes alerts the way Alertmanager's API v2 takes them ({@code POST /api/v2/alerts}), so that
 * Prometheus can post here directly. The alerts are grouped by the configured {@code group_by}
 * labels; each group is one Alertmanager group incident, taken as the webhook receiver takes one
 * notification (one unit of work per group), each alert a member by its label-set fingerprint. An
 * alert whose {@code endsAt} has passed is resolved; when the last member of a group resolves, its
 * incident resolves.
 *
 * @throws io.llmim.domain.InvalidIncidentDataException naming the first invalid alert, before any
 *         alert of the request is taken
 */
public interface ReceiveAlertsUseCase {

    void receive(List<PostedAlert> alerts);

    /** One alert as Prometheus posts it; {@code startsAt} and {@code endsAt} may be absent (null). */
    record PostedAlert(Map<String, String> labels, Map<String, String> annotations, Instant startsAt,
                       Instant endsAt, String generatorUrl) {
        public PostedAlert {
            labels = Map.copyOf(labels);
            annotations = Map.copyOf(annotations);
        }
    }
}
