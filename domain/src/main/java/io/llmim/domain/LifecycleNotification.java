package io.llmim.domain;

import java.time.Duration;

/**
 * A change of an incident worth measuring, held by the aggregate until the change is stored and
 * then delivered to a {@link MetricsPort}. Holding them back means a write that loses an
 * optimistic-concurrency race is never counted.
 */
public sealed interface LifecycleNotification {

    void deliverTo(MetricsPort metrics);

    record Created(Severity severity, String source, Category category) implements LifecycleNotification {
        @Override
        public void deliverTo(MetricsPort metrics) {
            metrics.incidentCreated(severity, source, category);
        }
    }

    record Deduplicated(String source) implements LifecycleNotification {
        @Override
        public void deliverTo(MetricsPort metrics) {
            metrics.incidentDeduplicated(source);
        }
    }

    record Reclassified(String source, Severity fromSeverity, Category fromCategory,
                        Severity toSeverity, Category toCategory) implements LifecycleNotification {
        @Override
        public void deliverTo(MetricsPort metrics) {
            metrics.activeIncidentReclassified(source, fromSeverity, fromCategory, toSeverity, toCategory);
        }
    }

    record Transitioned(IncidentState from, IncidentState to) implements LifecycleNotification {
        @Override
        public void deliverTo(MetricsPort metrics) {
            metrics.stateTransitioned(from, to);
        }
    }

    record Acknowledged(Severity severity, Duration timeToAcknowledge) implements LifecycleNotification {
        @Override
        public void deliverTo(MetricsPort metrics) {
            metrics.incidentAcknowledged(severity, timeToAcknowledge);
        }
    }

    record Resolved(Severity severity, String source, Category category, Duration timeToResolve)
            implements LifecycleNotification {
        @Override
        public void deliverTo(MetricsPort metrics) {
            metrics.incidentResolved(severity, source, category, timeToResolve);
        }
    }

    record Reopened(Severity severity, String source, Category category) implements LifecycleNotification {
        @Override
        public void deliverTo(MetricsPort metrics) {
            metrics.incidentReopened(severity, source, category);
        }
    }
}
