package io.llmim.adapter.metrics;

import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;

import java.time.Duration;

/** The domain's {@link MetricsPort} with recording failures contained by the {@link RecordingGuard}. */
final class GuardedIncidentMetrics extends GuardedPort<MetricsPort> implements MetricsPort {

    GuardedIncidentMetrics(MetricsPort recorder, RecordingGuard guard) {
        super(recorder, guard);
    }

    @Override
    public void incidentCreated(Severity severity, String source, Category category) {
        if (guard.allows()) {
            try {
                recorder.incidentCreated(severity, source, category);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void incidentDeduplicated(String source) {
        if (guard.allows()) {
            try {
                recorder.incidentDeduplicated(source);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void activeIncidentReclassified(String source, Severity fromSeverity, Category fromCategory,
                                           Severity toSeverity, Category toCategory) {
        if (guard.allows()) {
            try {
                recorder.activeIncidentReclassified(source, fromSeverity, fromCategory, toSeverity, toCategory);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void stateTransitioned(IncidentState from, IncidentState to) {
        if (guard.allows()) {
            try {
                recorder.stateTransitioned(from, to);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void incidentAcknowledged(Severity severity, Duration timeToAcknowledge) {
        if (guard.allows()) {
            try {
                recorder.incidentAcknowledged(severity, timeToAcknowledge);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void incidentResolved(Severity severity, String source, Category category, Duration timeToResolve) {
        if (guard.allows()) {
            try {
                recorder.incidentResolved(severity, source, category, timeToResolve);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void incidentReopened(Severity severity, String source, Category category) {
        if (guard.allows()) {
            try {
                recorder.incidentReopened(severity, source, category);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }
}
