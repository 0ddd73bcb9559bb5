package io.llmim.application.port.in;

import java.util.List;

/**
 * One page of the incidents related to one, newest first: {@code total} counts them all, and
 * {@code nextCursor} (null on the last page) continues after the last of this page.
 */
public record RelatedIncidents(List<IncidentLink> items, long total, PageCursor nextCursor) {

    public RelatedIncidents {
        items = List.copyOf(items);
    }

    public static RelatedIncidents none() {
        return new RelatedIncidents(List.of(), 0, null);
    }
}
