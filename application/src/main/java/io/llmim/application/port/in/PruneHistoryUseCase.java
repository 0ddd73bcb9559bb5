package io.llmim.application.port.in;

import java.util.Map;

/**
 * Deletes the history older than its configured retention and gives the space back, so that the
 * store grows with what is active, not with everything that ever happened. Run in the background,
 * every few minutes; safe to run from several instances at once.
 */
public interface PruneHistoryUseCase {

    /** Prunes each kind of history once; returns how many records of each kind it deleted. */
    Map<PrunableHistory, Integer> prune();
}
