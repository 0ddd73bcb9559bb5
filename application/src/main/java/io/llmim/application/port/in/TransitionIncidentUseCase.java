package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentId;

/**
 * Moves an incident through its lifecycle on behalf of {@code actor} (a person or a system).
 * Each method returns the incident as stored after the move.
 *
 * <p>Every method throws {@link IncidentNotFoundException} for an unknown id,
 * {@link io.llmim.domain.IllegalTransitionException} when the state machine forbids the move from
 * the incident's current state, and {@link ConcurrentUpdateException} when other writers kept
 * winning through every retry.
 */
public interface TransitionIncidentUseCase {

    /** NEW -> ACKNOWLEDGED. */
    IncidentSnapshot acknowledge(IncidentId id, String actor);

    /** NEW or ACKNOWLEDGED -> IN_PROGRESS. */
    IncidentSnapshot start(IncidentId id, String actor);

    /** NEW, ACKNOWLEDGED or IN_PROGRESS -> RESOLVED; note and root cause may be null. */
    IncidentSnapshot resolve(IncidentId id, String actor, String note, String rootCause);

    /** RESOLVED -> CLOSED. */
    IncidentSnapshot close(IncidentId id, String actor);

    /**
     * RESOLVED -> IN_PROGRESS. Also throws {@link ConcurrentUpdateException} when another incident
     * with the same fingerprint has become active meanwhile: two active incidents may not share one.
     */
    IncidentSnapshot reopen(IncidentId id, String actor);
}
