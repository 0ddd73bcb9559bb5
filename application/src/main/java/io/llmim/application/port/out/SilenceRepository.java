package io.llmim.application.port.out;

import io.llmim.domain.Silence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable silences, shared by every instance using the store. A silence is written whole: a
 * save replaces the stored silence of the same id. Expired silences stay until history pruning
 * deletes them ({@code PrunableHistory.EXPIRED_SILENCES}).
 */
public interface SilenceRepository {

    /** Stores {@code silence}, replacing the one with its id if any. */
    void save(Silence silence);

    Optional<Silence> findById(String id);

    /** Every stored silence, whatever its state, at most {@code limit}, latest end first. */
    List<Silence> all(int limit);

    /** The silences not yet ended at {@code at} (pending or active), soonest end first. */
    List<Silence> unexpiredAt(Instant at);

    /**
     * The silences that ended at or before {@code at} and have not been reported ended yet, oldest
     * end first, at most {@code limit}; see {@link #markEndReported}.
     */
    List<Silence> endedUnreported(Instant at, int limit);

    /**
     * Records that the end of silence {@code id} was acted on; returns false when it already had been
     * (another instance took it), so only one instance reports an end.
     */
    boolean markEndReported(String id);
}
