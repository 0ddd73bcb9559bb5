package io.llmim.adapter.http.console;

import io.llmim.adapter.http.IncidentApiUseCases;
import io.llmim.adapter.http.Problem;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.in.ListIncidentsQuery;
import io.llmim.application.port.in.OverviewQuery;
import io.llmim.domain.Category;
import io.llmim.domain.Event;
import io.llmim.domain.Severity;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;

/**
 * The incidents list: filters, newest first with paging, a form to report one by hand, and the
 * rows fragment the page asks for again whenever the change stream says something changed.
 */
final class IncidentsPage {

    private final IncidentApiUseCases useCases;
    private final OverviewQuery figures;
    private final ConsoleView view;

    IncidentsPage(IncidentApiUseCases useCases, OverviewQuery figures, ConsoleView view) {
        this.useCases = useCases;
        this.figures = figures;
        this.view = view;
    }

    void page(RoutingContext ctx) {
        ListFilter filter = ListFilter.from(ctx.request());
        view.blocking(ctx, () -> listed(filter, ReportForm.empty()),
                listed -> view.html(ctx, 200, "incidents.jte", listed));
    }

    void rows(RoutingContext ctx) {
        ListFilter filter = ListFilter.from(ctx.request());
        // The rows fragment shows no counts: the page polls those apart, at its own pace.
        view.blocking(ctx, () -> list(filter), listing ->
                view.html(ctx, 200, "rows.jte", new IncidentsView(view.chrome("Incidents", "incidents"),
                        filter, listing, null, ReportForm.empty())));
    }

    /** The counts fragment, which the list page asks for every few seconds rather than on every change. */
    void counts(RoutingContext ctx) {
        ListFilter filter = ListFilter.from(ctx.request());
        view.blocking(ctx, () -> CountsView.of(filter, figures.incidentCounts()),
                counts -> view.html(ctx, 200, "counts.jte", counts));
    }

    void report(RoutingContext ctx) {
        ReportForm form = ReportForm.from(ctx.request()::getFormAttribute);
        view.form(ctx, () -> useCases.report().report(form.toEvent()),
                outcome -> view.seeOther(ctx, "/incidents/" + outcome.incident().id().value()),
                problem -> refused(ctx, form, problem));
    }

    /** A report the domain refused: the list again, with the form as typed and the message at its field. */
    private void refused(RoutingContext ctx, ReportForm form, Problem problem) {
        ListFilter filter = ListFilter.from(ctx.request());
        view.blocking(ctx, () -> listed(filter, form.refused(problem)),
                listed -> view.html(ctx, problem.status(), "incidents.jte", listed));
    }

    private IncidentsView listed(ListFilter filter, ReportForm form) {
        return new IncidentsView(view.chrome("Incidents", "incidents"), filter, list(filter),
                CountsView.of(filter, figures.incidentCounts()), form);
    }

    private IncidentPage list(ListFilter filter) {
        return useCases.listing().list(filter.toIncidentFilter(), ListIncidentsQuery.DEFAULT_PAGE_SIZE,
                filter.pageCursor());
    }
}
