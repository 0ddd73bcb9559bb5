package io.llmim.adapter.metrics;

import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;

import java.time.Duration;

/** The domain's {@link MetricsPort} with recording failures contained by the {@link RecordingGuard}. */
record GuardedIncidentMetrics(MetricsPort recorder, RecordingGuard guard) implements MetricsPort {

    @Override
    public void incidentCreated(Severity severity, String source, Category category) {
        guard.record(recorder, severity, source, category, MetricsPort::incidentCreated);
    }

    @Override
    public void incidentDeduplicated(String source) {
        guard.record(recorder, source, MetricsPort::incidentDeduplicated);
    }

    @Override
    public void activeIncidentReclassified(String source, Severity fromSeverity, Category fromCategory,
                                           Severity toSeverity, Category toCategory) {
        guard.record(recorder, source, fromSeverity, fromCategory, toSeverity, toCategory, MetricsPort::activeIncidentReclassified);
    }

    @Override
    public void stateTransitioned(IncidentState from, IncidentState to) {
        guard.record(recorder, from, to, MetricsPort::stateTransitioned);
    }

    @Override
    public void incidentAcknowledged(Severity severity, Duration timeToAcknowledge) {
        guard.record(recorder, severity, timeToAcknowledge, MetricsPort::incidentAcknowledged);
    }

    @Override
    public void incidentResolved(Severity severity, String source, Category category, Duration timeToResolve) {
        guard.record(recorder, severity, source, category, timeToResolve, MetricsPort::incidentResolved);
    }

    @Override
    public void incidentReopened(Severity severity, String source, Category category) {
        guard.record(recorder, severity, source, category, MetricsPort::incidentReopened);
    }
}
