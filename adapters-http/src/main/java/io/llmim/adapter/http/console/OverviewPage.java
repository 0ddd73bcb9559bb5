package io.llmim.adapter.http.console;

import io.llmim.application.port.in.OverviewQuery;
import io.vertx.ext.web.RoutingContext;

/**
 * The overview: active incidents by severity, response times over the last day, queue lag and the
 * model's breaker, all read through {@link OverviewQuery}. The page polls its figures fragment, so
 * it stays current without a reload.
 */
final class OverviewPage {

    private final OverviewQuery overview;
    private final ConsoleView view;

    OverviewPage(OverviewQuery overview, ConsoleView view) {
        this.overview = overview;
        this.view = view;
    }

    void page(RoutingContext ctx) {
        render(ctx, "overview.jte");
    }

    void figures(RoutingContext ctx) {
        render(ctx, "figures.jte");
    }

    private void render(RoutingContext ctx, String template) {
        view.blocking(ctx, overview::overview, figures -> view.html(ctx, 200, template,
                new OverviewView(view.chrome("Overview", "overview"), figures)));
    }
}
