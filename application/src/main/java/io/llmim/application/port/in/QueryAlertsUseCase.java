package io.llmim.application.port.in;

import io.llmim.domain.LabelMatcher;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The alerts still firing, whatever way they came in (the Alertmanager webhook or its API v2), as
 * Alertmanager's {@code GET /api/v2/alerts} lists them, and the receivers they go to: the
 * configured notification webhooks.
 */
public interface QueryAlertsUseCase {

    /** At most this many alerts are listed, soonest end first. */
    int MAX_ALERTS = 10_000;

    List<FiringAlert> alerts(AlertQuery query);

    /** The alerts {@code query} selects, by group (the {@code group_by} labels) and receiver. */
    List<AlertGroup> groups(AlertQuery query);

    /** The names of the configured notification webhooks, or the service's own when there are none. */
    List<String> receivers();

    /**
     * Which alerts: those every {@code filter} matcher matches, in the states asked for, sent to a
     * receiver whose whole name {@code receiver} matches (any receiver when empty).
     */
    record AlertQuery(List<LabelMatcher> filter, boolean active, boolean silenced, boolean inhibited,
                      boolean unprocessed, Optional<Pattern> receiver) {
        public AlertQuery {
            filter = List.copyOf(filter);
        }
    }

    /** Where an alert stands: every alert taken is processed; a muted one is suppressed. */
    enum AlertState { ACTIVE, SUPPRESSED }

    /** The alerts of one group going to one receiver. */
    record AlertGroup(Map<String, String> labels, String receiver, List<FiringAlert> alerts) {
        public AlertGroup {
            labels = Map.copyOf(labels);
            alerts = List.copyOf(alerts);
        }
    }

    /**
     * One firing alert, with what mutes it: {@code silencedBy} the silences (and maintenance windows,
     * which mute as silences do), {@code inhibitedBy} the incidents that inhibit it.
     */
    record FiringAlert(String fingerprint, Map<String, String> labels, Map<String, String> annotations,
                       Instant startsAt, Instant endsAt, Instant updatedAt, String generatorUrl,
                       List<String> receivers, List<String> silencedBy, List<String> inhibitedBy) {
        public FiringAlert {
            silencedBy = List.copyOf(silencedBy);
            inhibitedBy = List.copyOf(inhibitedBy);
        }

        public AlertState state() {
            return silencedBy.isEmpty() && inhibitedBy.isEmpty() ? AlertState.ACTIVE : AlertState.SUPPRESSED;
        }
    }
}
