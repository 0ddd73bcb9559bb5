package io.llmim.adapter.http.console;

import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.PageCursor;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.PlainText;
import io.llmim.domain.Severity;
import io.vertx.core.http.HttpServerRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The incidents list's filter as the reader chose it (the query string), kept as text so the page
 * shows it back and the live refresh asks for the same list. Parsing names the field at fault.
 */
public record ListFilter(String state, String severity, String source, String category, String title,
                         String cursor) {

    static ListFilter from(HttpServerRequest request) {
        return new ListFilter(param(request, "state"), param(request, "severity"), param(request, "source"),
                param(request, "category"), param(request, "title"), param(request, "cursor"));
    }

    IncidentFilter toIncidentFilter() {
        return new IncidentFilter(state.isEmpty() ? null : IncidentState.parse(state),
                severity.isEmpty() ? null : Severity.parse(severity), source.isEmpty() ? null : source,
                category.isEmpty() ? null : Category.parse(category), title.isEmpty() ? null : title);
    }

    PageCursor pageCursor() {
        return cursor.isEmpty() ? null : PageCursor.decode(cursor);
    }

    /** The query string of this filter on its first page. */
    public String query() {
        return query(false);
    }

    /** The query string of this filter at its page: what the live refresh asks for. */
    public String queryAtPage() {
        return query(true);
    }

    /** The query string of the page after this one. */
    public String next(String nextCursor) {
        return new ListFilter(state, severity, source, category, title, nextCursor).queryAtPage();
    }

    /** The query string of this filter narrowed to one state, on its first page: where a state's count leads. */
    public String withState(String value) {
        return new ListFilter(value, severity, source, category, title, "").query();
    }

    /** The query string of this filter narrowed to one severity, on its first page. */
    public String withSeverity(String value) {
        return new ListFilter(state, value, source, category, title, "").query();
    }

    private String query(boolean withCursor) {
        List<String> pairs = new ArrayList<>();
        add(pairs, "state", state);
        add(pairs, "severity", severity);
        add(pairs, "source", source);
        add(pairs, "category", category);
        add(pairs, "title", title);
        if (withCursor) {
            add(pairs, "cursor", cursor);
        }
        return String.join("&", pairs);
    }

    private static void add(List<String> pairs, String name, String value) {
        if (!value.isEmpty()) {
            pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String param(HttpServerRequest request, String name) {
        String value = request.getParam(name);
        return value == null ? "" : PlainText.require(name, value.strip());
    }
}
