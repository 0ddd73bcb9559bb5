package io.llmim.application.port.in;

/**
 * Reads the change log for live subscribers (the {@code GET /v1/events} stream). Every instance
 * sharing the store reads the same log, so a subscriber sees the changes made on all of them; a
 * subscriber reads at its own pace, and reading never holds up the writers.
 */
public interface StreamChangesUseCase {

    /** Where a subscriber resumes after {@code lastSeen}, and whether it missed changes the log no longer keeps. */
    record Resume(long after, boolean reset) {
    }

    /**
     * The newest position a subscriber may read up to: every change at or below it is visible, and
     * none that commits later can take a position at or below it. A new subscriber starts here.
     *
     * @throws StoreUnavailableException when the store cannot be read
     */
    long head();

    /**
     * Where a subscriber that last saw {@code lastSeen} resumes: right after it, or, when the log no
     * longer keeps that change (pruned past its retention), with {@code reset} set and after what
     * remains of the changes before {@code head}.
     */
    Resume resume(long lastSeen, long head);

    /**
     * At most {@code limit} changes after {@code after} and at or below {@code upTo} that
     * {@code filter} admits, oldest first.
     */
    ChangePage read(long after, long upTo, ChangeFilter filter, int limit);
}
