package io.llmim.adapter.metrics;

import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.domain.Category;
import io.llmim.domain.Severity;

/** {@link ActiveIncidentGauge} with recording failures contained by the {@link RecordingGuard}. */
final class GuardedActiveIncidentGauge extends GuardedPort<ActiveIncidentGauge> implements ActiveIncidentGauge {

    GuardedActiveIncidentGauge(ActiveIncidentGauge recorder, RecordingGuard guard) {
        super(recorder, guard);
    }

    @Override
    public void activeIncidentsCounted(Severity severity, String source, Category category, long count) {
        if (guard.allows()) {
            try {
                recorder.activeIncidentsCounted(severity, source, category, count);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }
}
