package io.llmim.application.suppression;

import java.util.List;

/**
 * One reason an incident is muted right now, with what mutes it: silence ids, maintenance window
 * ids, or the ids of the incidents that inhibit it.
 */
public record Hold(HoldReason reason, List<String> by) {

    public Hold {
        by = List.copyOf(by);
        if (by.isEmpty()) {
            throw new IllegalArgumentException("a hold names what holds it");
        }
    }
}
