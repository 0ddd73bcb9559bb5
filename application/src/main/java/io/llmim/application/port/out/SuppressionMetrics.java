package io.llmim.application.port.out;

import io.llmim.application.suppression.HoldReason;
import io.llmim.domain.SilenceState;

import java.util.Locale;

/**
 * Measures muting and Alertmanager's API v2 (the {@code alertmanager_*} families of docs/metrics.md):
 * silences by state, notifications and escalations held and why, alerts received on
 * {@code POST /api/v2/alerts} by outcome. Implementations must be thread-safe; what bootstrap hands
 * out never throws.
 */
public interface SuppressionMetrics {

    /** What became of one alert posted to {@code POST /api/v2/alerts}; {@link #label()} is the label value. */
    enum AlertOutcome {
        /** Taken (stored, or queued to be stored). */
        ACCEPTED,
        /** Refused as Alertmanager refuses it (400). */
        INVALID,
        /** Not taken because the store was unavailable (503; the sender retries). */
        FAILED;

        private final String label = name().toLowerCase(Locale.ROOT);

        public String label() {
            return label;
        }
    }

    /** The store holds {@code count} silences in {@code state} (expired ones until their retention ends). */
    void silencesCounted(SilenceState state, long count);

    /** A notification or escalation was held, first or by another mute, for {@code reason}. */
    void followUpHeld(HoldReason reason);

    /** {@code count} alerts of one {@code POST /api/v2/alerts} came to {@code outcome}. */
    void alertsReceived(AlertOutcome outcome, long count);

    static SuppressionMetrics noOp() {
        return NoOpSuppressionMetrics.INSTANCE;
    }
}
