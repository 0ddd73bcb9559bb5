package io.llmim.application.testing;

import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Fails on every call, as a broken metrics backend would: proves measurement never changes outcomes. */
public final class ThrowingMetricsPort implements MetricsPort {

    private final AtomicLong calls = new AtomicLong();

    public long calls() {
        return calls.get();
    }

    private RuntimeException fail() {
        calls.incrementAndGet();
        return new IllegalStateException("metrics backend is broken (test double)");
    }

    @Override
    public void incidentCreated(Severity severity, String source, Category category) {
        throw fail();
    }

    @Override
    public void incidentDeduplicated(String source) {
        throw fail();
    }

    @Override
    public void activeIncidentReclassified(String source, Severity fromSeverity, Category fromCategory,
                                           Severity toSeverity, Category toCategory) {
        throw fail();
    }

    @Override
    public void stateTransitioned(IncidentState from, IncidentState to) {
        throw fail();
    }

    @Override
    public void incidentAcknowledged(Severity severity, Duration timeToAcknowledge) {
        throw fail();
    }

    @Override
    public void incidentResolved(Severity severity, String source, Category category, Duration timeToResolve) {
        throw fail();
    }

    @Override
    public void incidentReopened(Severity severity, String source, Category category) {
        throw fail();
    }
}
