package io.llmim.adapter.metrics;

import io.llmim.application.port.out.SuppressionMetrics;
import io.llmim.application.suppression.HoldReason;
import io.llmim.domain.SilenceState;
import io.micrometer.core.instrument.Counter;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The muting families (docs/metrics.md, "Beside the specification"): {@code alertmanager_silences}
 * by state, {@code notifications_held_total} by reason, {@code alertmanager_alerts_received_total}
 * by outcome. Every label is a closed set, so everything is registered up front. Failures are
 * contained by {@link GuardedSuppressionMetrics}, not here.
 */
final class MicrometerSuppressionMetrics implements SuppressionMetrics {

    private final Map<SilenceState, AtomicLong> silences = new EnumMap<>(SilenceState.class);
    private final Map<HoldReason, Counter> held = new EnumMap<>(HoldReason.class);
    private final Map<AlertOutcome, Counter> received = new EnumMap<>(AlertOutcome.class);

    MicrometerSuppressionMetrics(Meters meters) {
        for (SilenceState state : SilenceState.values()) {
            silences.put(state, meters.gauge("alertmanager.silences",
                    "Silences in the store by state (expired ones until their retention ends)", "state", state.label()));
        }
        for (HoldReason reason : HoldReason.values()) {
            held.put(reason, meters.counter("notifications.held",
                    "Notifications and escalations held by a silence, maintenance window or inhibition",
                    "reason", reason.label()));
        }
        for (AlertOutcome outcome : AlertOutcome.values()) {
            received.put(outcome, meters.counter("alertmanager.alerts.received",
                    "Alerts posted to POST /api/v2/alerts by outcome", "outcome", outcome.label()));
        }
    }

    @Override
    public void silencesCounted(SilenceState state, long count) {
        silences.get(state).set(count);
    }

    @Override
    public void followUpHeld(HoldReason reason) {
        held.get(reason).increment();
    }

    @Override
    public void alertsReceived(AlertOutcome outcome, long count) {
        received.get(outcome).increment(count);
    }
}
