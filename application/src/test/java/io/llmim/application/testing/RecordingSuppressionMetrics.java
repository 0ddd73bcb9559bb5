package io.llmim.application.testing;

import io.llmim.application.port.out.SuppressionMetrics;
import io.llmim.application.suppression.HoldReason;
import io.llmim.domain.SilenceState;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Remembers what was measured, for assertions. */
public final class RecordingSuppressionMetrics implements SuppressionMetrics {

    private final List<String> held = new ArrayList<>();
    private final Map<SilenceState, Long> silences = new EnumMap<>(SilenceState.class);
    private final Map<AlertOutcome, Long> alerts = new EnumMap<>(AlertOutcome.class);

    @Override
    public synchronized void silencesCounted(SilenceState state, long count) {
        silences.put(state, count);
    }

    @Override
    public synchronized void followUpHeld(HoldReason reason) {
        held.add(reason.label());
    }

    @Override
    public synchronized void alertsReceived(AlertOutcome outcome, long count) {
        alerts.merge(outcome, count, Long::sum);
    }

    public synchronized List<String> held() {
        return List.copyOf(held);
    }

    public synchronized Map<SilenceState, Long> silences() {
        return Map.copyOf(silences);
    }

    public synchronized Map<AlertOutcome, Long> alerts() {
        return Map.copyOf(alerts);
    }
}
