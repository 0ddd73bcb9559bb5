package io.llmim.application.port.out;

import io.llmim.application.suppression.HoldReason;
import io.llmim.domain.SilenceState;

/** {@link SuppressionMetrics} for callers that do not measure. */
enum NoOpSuppressionMetrics implements SuppressionMetrics {
    INSTANCE;

    @Override
    public void silencesCounted(SilenceState state, long count) {
    }

    @Override
    public void followUpHeld(HoldReason reason) {
    }

    @Override
    public void alertsReceived(AlertOutcome outcome, long count) {
    }
}
