package io.llmim.application.port.in;

import io.llmim.domain.Event;

/**
 * Takes in an event from any sender and either opens a new incident or merges the event into the
 * active incident with the same fingerprint. Severity and category the sender left out are filled
 * in by the rule-based classifier, so reporting never waits on a network call. Reporting never
 * fails because others report the same event at the same time, on this instance or another.
 */
public interface ReportEventUseCase {

    /**
     * @throws io.llmim.domain.InvalidIncidentDataException never: the event was validated when built
     * @throws StoreUnavailableException when the store cannot be reached
     */
    ReportOutcome report(Event event);
}
