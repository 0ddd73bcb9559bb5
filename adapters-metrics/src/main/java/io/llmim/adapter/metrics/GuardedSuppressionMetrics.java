package io.llmim.adapter.metrics;

import io.llmim.application.port.out.SuppressionMetrics;
import io.llmim.application.suppression.HoldReason;
import io.llmim.domain.SilenceState;

/** {@link SuppressionMetrics} with recording failures contained by the {@link RecordingGuard}. */
record GuardedSuppressionMetrics(SuppressionMetrics recorder, RecordingGuard guard) implements SuppressionMetrics {

    @Override
    public void silencesCounted(SilenceState state, long count) {
        guard.record(recorder, state, count, SuppressionMetrics::silencesCounted);
    }

    @Override
    public void followUpHeld(HoldReason reason) {
        guard.record(recorder, reason, SuppressionMetrics::followUpHeld);
    }

    @Override
    public void alertsReceived(AlertOutcome outcome, long count) {
        guard.record(recorder, outcome, count, SuppressionMetrics::alertsReceived);
    }
}
