package io.llmim.application.suppression;

import io.llmim.domain.Incident;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of mute (silences, maintenance windows, inhibition rules), asked whether it holds an
 * incident's notifications and escalations at an instant.
 */
public interface HoldSource {

    /**
     * @param incident  the incident about to be notified or escalated
     * @param matchable its labels as matchers see them ({@link MatchableLabels#of})
     * @param at        the instant of the decision
     * @return the hold, or empty when this source does not mute the incident at {@code at}
     */
    Optional<Hold> holdOn(Incident incident, Map<String, String> matchable, Instant at);
}
