package io.llmim.application.port.out;

import java.util.function.Supplier;

/**
 * Keeps the store writes of one piece of work together: either all of them are durable when
 * {@link #atomically} returns, or none is and it throws. A new incident and the jobs queued for it
 * go through here, so a crash can never leave an incident whose follow-up work was lost.
 *
 * <p>The work may run on another thread (a store may batch several callers' work into one commit),
 * so it must not depend on thread-local state, must be quick (no network calls), and may be run
 * again after a conflict. Work started inside other work joins it.
 */
public interface UnitOfWork {

    <T> T atomically(Supplier<T> work);

    /**
     * Whether the calling thread runs inside a unit of work: work that would wait for another
     * caller's unit (such as coalescing with it) must not, since that unit may queue behind this one.
     */
    default boolean insideUnit() {
        return false;
    }

    /** For stores without transactions (the in-memory ones): runs the work directly; each write stands alone. */
    static UnitOfWork none() {
        return new UnitOfWork() {
            @Override
            public <T> T atomically(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
