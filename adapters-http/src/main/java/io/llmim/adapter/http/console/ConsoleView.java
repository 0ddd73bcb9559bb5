package io.llmim.adapter.http.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.llmim.adapter.http.Problem;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Renders the console's precompiled templates and runs the ports they need on the worker pool
 * (the store blocks; the event loop must not). A failure becomes an HTML page with the API's own
 * problem text, so a person reads what a client of the API would.
 */
final class ConsoleView {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleView.class);
    /** Who the timeline says made a move through the console: a session names no person. */
    static final String ACTOR = "console";
    private static final String CONSOLE_REQUEST = "llmim.console-request";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final WorkerExecutor workers;
    private final Chrome.Access access;

    ConsoleView(WorkerExecutor workers, boolean authenticationRequired) {
        this.workers = workers;
        this.access = authenticationRequired ? Chrome.Access.SIGNED_IN : Chrome.Access.OPEN;
    }

    Chrome chrome(String title, String section) {
        return new Chrome(title, section, access, Assets.CURRENT);
    }

    <T> void blocking(RoutingContext ctx, Callable<T> work, Consumer<T> respond) {
        workers.executeBlocking(work, false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
            } else {
                try {
                    respond.accept(result.result());
                } catch (RuntimeException e) {
                    ctx.fail(e);
                }
            }
        });
    }

    /**
     * Like {@link #blocking(RoutingContext, Callable, Consumer)}, but a problem the reader can fix
     * (bad input naming its field, an illegal or conflicting move) goes to {@code refused}, which
     * shows the form again with the message where it belongs.
     */
    <T> void form(RoutingContext ctx, Callable<T> work, Consumer<T> respond, Consumer<Problem> refused) {
        workers.executeBlocking(work, false).onComplete(result -> {
            if (result.succeeded()) {
                respond.accept(result.result());
                return;
            }
            Problem problem = Problem.from(result.cause());
            if (problem.status() == 400 || problem.status() == 409) {
                refused.accept(problem);
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    void html(RoutingContext ctx, int status, String template, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")
                .end(out.toString());
    }

    void seeOther(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }

    /** The first handler of every console route: its failures are shown as pages, not problem+json. */
    static void enter(RoutingContext ctx) {
        ctx.put(CONSOLE_REQUEST, true);
        ctx.next();
    }

    /**
     * The failure handler of every page: the problem the API would answer, as a page. Failures of
     * API routes pass it by (the sub-router sees them first) to the API's problem+json handler.
     */
    void failed(RoutingContext ctx) {
        if (!Boolean.TRUE.equals(ctx.get(CONSOLE_REQUEST))) {
            ctx.next();
            return;
        }
        Problem problem = ctx.failure() == null ? Problem.forStatus(ctx.statusCode())
                : ctx.failure() instanceof NoSuchPage ? Problem.forStatus(404) : Problem.from(ctx.failure());
        if (problem.status() >= 500) {
            LOG.error("{} {} failed with {}", ctx.request().method(), ctx.request().path(), problem.status(),
                    ctx.failure());
        }
        if (ctx.response().headWritten()) {
            ctx.response().end();
            return;
        }
        html(ctx, problem.status(), "error.jte", new ErrorView(chrome(problem.title(), ""), problem));
    }
}
