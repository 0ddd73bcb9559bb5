package io.llmim.domain;

import java.time.Duration;

/**
 * What the incident lifecycle tells the outside world for measurement. Each call carries every
 * label and value its metrics need, so an implementation never looks anything up.
 *
 * <p>Calls arrive only after the change they describe was stored. Implementations must be cheap and
 * thread-safe; the one the service is wired with never throws (the metrics adapter contains
 * recording failures in front of its recorder), so callers do not catch.
 */
public interface MetricsPort {

    /** A new incident was opened; it is now active. */
    void incidentCreated(Severity severity, String source, Category category);

    /** An event was merged into an already active incident instead of opening a new one. */
    void incidentDeduplicated(String source);

    /**
     * An active incident's severity or category changed (a merge raised the severity, or a
     * classifier decided), so it now counts under other labels.
     */
    void activeIncidentReclassified(String source, Severity fromSeverity, Category fromCategory,
                                    Severity toSeverity, Category toCategory);

    /** Any lifecycle move, e.g. NEW -> ACKNOWLEDGED. */
    void stateTransitioned(IncidentState from, IncidentState to);

    /** First acknowledgement, with the time from creation. */
    void incidentAcknowledged(Severity severity, Duration timeToAcknowledge);

    /** The incident left the active states, with the time from creation. */
    void incidentResolved(Severity severity, String source, Category category, Duration timeToResolve);

    /** A resolved incident became active again. */
    void incidentReopened(Severity severity, String source, Category category);

    /** The implementation for callers that do not measure. */
    static MetricsPort noOp() {
        return NoOpMetricsPort.INSTANCE;
    }
}
