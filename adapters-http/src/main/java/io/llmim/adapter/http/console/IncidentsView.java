package io.llmim.adapter.http.console;

import io.llmim.application.port.in.IncidentPage;
import io.llmim.domain.Category;
import io.llmim.domain.Severity;

/** What the list page shows; {@code counts} is null in the rows fragment, which shows none. */
public record IncidentsView(Chrome chrome, ListFilter filter, IncidentPage listing, CountsView counts,
                            ReportForm report) {

    public String nextCursor() {
        return listing.nextCursor() == null ? null : listing.nextCursor().encode();
    }

    public Severity[] severities() {
        return Severity.values();
    }

    public Category[] categories() {
        return Category.values();
    }

    public io.llmim.domain.IncidentState[] states() {
        return io.llmim.domain.IncidentState.values();
    }
}
