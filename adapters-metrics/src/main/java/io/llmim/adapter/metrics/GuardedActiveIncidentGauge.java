package io.llmim.adapter.metrics;

import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.domain.Category;
import io.llmim.domain.Severity;

/** {@link ActiveIncidentGauge} with recording failures contained by the {@link RecordingGuard}. */
record GuardedActiveIncidentGauge(ActiveIncidentGauge recorder, RecordingGuard guard) implements ActiveIncidentGauge {

    @Override
    public void activeIncidentsCounted(Severity severity, String source, Category category, long count) {
        guard.record(recorder, severity, source, category, count, ActiveIncidentGauge::activeIncidentsCounted);
    }
}
