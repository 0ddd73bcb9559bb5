package io.llmim.application.port.out;

import io.llmim.application.port.in.PrunableHistory;

import java.time.Instant;

/**
 * Deletes old history from the store. Deleting in bounded batches is the implementation's duty: a
 * backlog of a million rows must not hold the store's writer for long.
 */
public interface HistoryPruning {

    /** Deletes the records of {@code history} that finished (see {@link PrunableHistory}) before {@code before}; returns how many. */
    int prune(PrunableHistory history, Instant before);

    /** Gives the space of deleted records back to the file system where the store can (SQLite); else nothing. */
    void reclaimSpace();
}
