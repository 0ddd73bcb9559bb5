package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;

import java.util.List;

/** One page of a listing; {@code nextCursor} is null on the last page. */
public record IncidentPage(List<IncidentSnapshot> items, PageCursor nextCursor) {

    public IncidentPage {
        items = List.copyOf(items);
    }

    /** Builds the page from up to {@code limit + 1} rows: the extra row only says that more exist. */
    public static IncidentPage fromRowsFetchedWithOneExtra(List<IncidentSnapshot> rows, int limit) {
        if (rows.size() <= limit) {
            return new IncidentPage(rows, null);
        }
        List<IncidentSnapshot> page = rows.subList(0, limit);
        return new IncidentPage(page, PageCursor.after(page.get(limit - 1)));
    }
}
