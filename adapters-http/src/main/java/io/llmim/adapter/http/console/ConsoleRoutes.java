package io.llmim.adapter.http.console;

import io.llmim.adapter.http.IncidentApi;
import io.llmim.adapter.http.IncidentApiUseCases;
import io.llmim.adapter.http.SameOrigin;
import io.llmim.adapter.http.SessionCookie;
import io.llmim.application.port.in.JobQueuesQuery;
import io.llmim.application.port.in.ManageMaintenanceWindowsUseCase;
import io.llmim.application.port.in.ManageSilencesUseCase;
import io.llmim.application.port.in.OverviewQuery;
import io.llmim.application.port.in.RetryJobUseCase;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.PlatformHandler;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The console's routes, mounted behind the API's: one page class per screen, assets from the jar,
 * and the gate in front of the pages (session when tokens are configured, same origin for every
 * form post).
 */
public final class ConsoleRoutes implements IncidentApi.RouteContribution {

    private static final int FORM_LIMIT_BYTES = 64 * 1024;
    // WebJar paths carry their version, so a browser may keep them for good.
    private static final long ONE_YEAR_SECONDS = 365L * 24 * 3600;
    private static final long ONE_HOUR_SECONDS = 3600;

    private final IncidentApiUseCases useCases;
    private final RetryJobUseCase retry;
    private final JobQueuesQuery queues;
    private final ManageSilencesUseCase silences;
    private final ManageMaintenanceWindowsUseCase windows;
    private final OverviewQuery overview;

    public ConsoleRoutes(IncidentApiUseCases useCases, RetryJobUseCase retry, JobQueuesQuery queues,
                         ManageSilencesUseCase silences, ManageMaintenanceWindowsUseCase windows,
                         OverviewQuery overview) {
        this.useCases = useCases;
        this.retry = retry;
        this.queues = queues;
        this.silences = silences;
        this.windows = windows;
        this.overview = overview;
    }

    @Override
    public void mount(IncidentApi.RouteMounter mounter) {
        SessionCookie sessions = mounter.authentication().sessions();
        boolean required = mounter.authenticationRequired();
        ConsoleView view = new ConsoleView(mounter.workers(), required);
        PlatformHandler gate = ctx -> gate(ctx, required, sessions);
        Handler<RoutingContext> form = BodyHandler.create(false).setBodyLimit(FORM_LIMIT_BYTES);
        Pages pages = new Pages(mounter, view);

        pages.get("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars")
                .setMaxAgeSeconds(ONE_YEAR_SECONDS).setDirectoryListing(false));
        pages.get("/assets/*").handler(StaticHandler.create("console-assets")
                .setMaxAgeSeconds(ONE_HOUR_SECONDS).setDirectoryListing(false));

        SignInPage signIn = new SignInPage(mounter.authentication(), view);
        pages.get("/sign-in").handler(signIn::form);
        pages.post("/sign-in").handler(form).handler(signIn::submit);
        pages.post("/sign-out").handler(gate).handler(signIn::signOut);

        IncidentsPage incidents = new IncidentsPage(useCases, overview, view);
        pages.get("/").handler(gate).handler(incidents::page);
        pages.get("/incidents/rows").handler(gate).handler(incidents::rows);
        pages.get("/incidents/counts").handler(gate).handler(incidents::counts);
        pages.post("/incidents").handler(gate).handler(form).handler(incidents::report);

        IncidentPage incident = new IncidentPage(useCases, silences, view);
        pages.get("/incidents/:id").handler(gate).handler(incident::page);
        pages.get("/incidents/:id/live").handler(gate).handler(incident::live);
        pages.post("/incidents/:id/:move").handler(gate).handler(form).handler(incident::move);

        OverviewPage overviewPage = new OverviewPage(overview, view);
        pages.get("/overview").handler(gate).handler(overviewPage::page);
        pages.get("/overview/figures").handler(gate).handler(overviewPage::figures);

        JobsPage jobs = new JobsPage(useCases.jobs(), retry, queues, view);
        pages.get("/jobs").handler(gate).handler(jobs::page);
        pages.post("/jobs/:id/retry").handler(gate).handler(form).handler(jobs::retry);

        SuppressionPage suppression = new SuppressionPage(silences, windows, view);
        pages.get("/silences").handler(gate).handler(suppression::page);
        pages.post("/silences/:id/expire").handler(gate).handler(form).handler(suppression::expire);
        pages.post("/maintenance-windows").handler(gate).handler(form).handler(suppression::createWindow);
        pages.post("/maintenance-windows/:id/delete").handler(gate).handler(form).handler(suppression::deleteWindow);
    }

    /** Mounts page routes, each with the console's failure page. */
    private record Pages(IncidentApi.RouteMounter mounter, ConsoleView view) {

        Route get(String path) {
            return route(HttpMethod.GET, path);
        }

        Route post(String path) {
            return route(HttpMethod.POST, path);
        }

        private Route route(HttpMethod method, String path) {
            return mounter.page(method, path).handler((PlatformHandler) ConsoleView::enter).failureHandler(view::failed);
        }
    }

    // Pages need a session when tokens are configured; a form post must come from our own pages
    // even when the console is open, so another site cannot make a visitor's browser act.
    private static void gate(RoutingContext ctx, boolean required, SessionCookie sessions) {
        if (required && !sessions.validIn(ctx.request())) {
            ctx.response().setStatusCode(303).putHeader("Location", "/sign-in").end();
        } else if (SameOrigin.changesState(ctx.request()) && !SameOrigin.admits(ctx.request())) {
            ctx.fail(403);
        } else {
            ctx.next();
        }
    }
}
