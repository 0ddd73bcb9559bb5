package io.llmim.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * The instances sharing one store (PostgreSQL), each announcing itself with a heartbeat, so that
 * each can list the others as Alertmanager lists its cluster peers.
 */
public interface InstanceRegistry {

    /** An instance: a name unique among those sharing the store, and the address its API listens on. */
    record Instance(String name, String address) {
    }

    /** Records that {@code instance} is alive at {@code at} (adding it, or moving its last sighting). */
    void heartbeat(Instance instance, Instant at);

    /** The instances whose last heartbeat is at or after {@code since}, by name. */
    List<Instance> seenSince(Instant since);

    /** Removes the instance, as it stops; what is not there is not an error. */
    void leave(String name);
}
