package io.llmim.application.port.in;

import java.util.List;

/**
 * The changes a subscriber reads next, oldest first, and the position it has read through: past
 * the changes its filter left out too, so the next read starts after {@code readThrough}.
 */
public record ChangePage(List<IncidentChange> changes, long readThrough) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
