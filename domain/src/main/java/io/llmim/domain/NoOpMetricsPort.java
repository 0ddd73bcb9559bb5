package io.llmim.domain;

import java.time.Duration;

/** Measures nothing: for callers and tests that do not care, and the baseline of the benchmarks. */
public enum NoOpMetricsPort implements MetricsPort {
    INSTANCE;

    @Override
    public void incidentCreated(Severity severity, String source, Category category) {
    }

    @Override
    public void incidentDeduplicated(String source) {
    }

    @Override
    public void activeIncidentReclassified(String source, Severity fromSeverity, Category fromCategory,
                                           Severity toSeverity, Category toCategory) {
    }

    @Override
    public void stateTransitioned(IncidentState from, IncidentState to) {
    }

    @Override
    public void incidentAcknowledged(Severity severity, Duration timeToAcknowledge) {
    }

    @Override
    public void incidentResolved(Severity severity, String source, Category category, Duration timeToResolve) {
    }

    @Override
    public void incidentReopened(Severity severity, String source, Category category) {
    }
}
