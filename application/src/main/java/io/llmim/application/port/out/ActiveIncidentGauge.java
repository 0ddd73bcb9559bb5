package io.llmim.application.port.out;

import io.llmim.domain.Category;
import io.llmim.domain.Severity;

/**
 * Sets the active-incidents gauge from what the store counted. Not a lifecycle event (those go
 * through the domain's {@link io.llmim.domain.MetricsPort}): the application calls it at start-up,
 * so the gauge is right after a restart and not only after changes.
 */
public interface ActiveIncidentGauge {

    /** The store holds {@code count} active incidents under these labels. */
    void activeIncidentsCounted(Severity severity, String source, Category category, long count);

    /** For callers that do not measure. */
    static ActiveIncidentGauge noOp() {
        return NoOpMetrics.INSTANCE;
    }
}
