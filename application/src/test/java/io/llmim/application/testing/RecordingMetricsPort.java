package io.llmim.application.testing;

import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers every notification, in order, as readable text ("created P1 llm-sentinel performance"),
 * and keeps the active-incident count per labels the way a gauge would (also as the
 * {@link ActiveIncidentGauge} the store's counts set). Thread-safe.
 */
public final class RecordingMetricsPort implements MetricsPort, ActiveIncidentGauge {

    /** The labels incidents_active is counted under. */
    public record ActiveKey(Severity severity, String source, Category category) {
    }

    private final List<String> calls = new ArrayList<>();
    private final Map<ActiveKey, Long> active = new HashMap<>();

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** Active counts derived from the notifications alone; keys that went back to zero are left out. */
    public synchronized Map<ActiveKey, Long> activeCounts() {
        Map<ActiveKey, Long> nonZero = new HashMap<>();
        active.forEach((key, count) -> {
            if (count != 0) {
                nonZero.put(key, count);
            }
        });
        return nonZero;
    }

    @Override
    public synchronized void incidentCreated(Severity severity, String source, Category category) {
        calls.add("created " + severity + " " + source + " " + category.label());
        active.merge(new ActiveKey(severity, source, category), 1L, Long::sum);
    }

    @Override
    public synchronized void incidentDeduplicated(String source) {
        calls.add("deduplicated " + source);
    }

    @Override
    public synchronized void activeIncidentReclassified(String source, Severity fromSeverity, Category fromCategory,
                                                        Severity toSeverity, Category toCategory) {
        calls.add("reclassified " + source + " " + fromSeverity + " " + fromCategory.label() + " -> "
                + toSeverity + " " + toCategory.label());
        active.merge(new ActiveKey(fromSeverity, source, fromCategory), -1L, Long::sum);
        active.merge(new ActiveKey(toSeverity, source, toCategory), 1L, Long::sum);
    }

    @Override
    public synchronized void stateTransitioned(IncidentState from, IncidentState to) {
        calls.add("transition " + from + " -> " + to);
    }

    @Override
    public synchronized void incidentAcknowledged(Severity severity, Duration timeToAcknowledge) {
        calls.add("acknowledged " + severity + " after " + timeToAcknowledge);
    }

    @Override
    public synchronized void incidentResolved(Severity severity, String source, Category category,
                                              Duration timeToResolve) {
        calls.add("resolved " + severity + " " + source + " " + category.label() + " after " + timeToResolve);
        active.merge(new ActiveKey(severity, source, category), -1L, Long::sum);
    }

    @Override
    public synchronized void incidentReopened(Severity severity, String source, Category category) {
        calls.add("reopened " + severity + " " + source + " " + category.label());
        active.merge(new ActiveKey(severity, source, category), 1L, Long::sum);
    }

    @Override
    public synchronized void activeIncidentsCounted(Severity severity, String source, Category category,
                                                    long count) {
        calls.add("counted " + severity + " " + source + " " + category.label() + " = " + count);
        active.put(new ActiveKey(severity, source, category), count);
    }
}
