package io.llmim.adapter.http;

import io.llmim.application.port.out.HttpMetrics;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;

import java.util.Set;

/**
 * Feeds {@link HttpMetrics} from the router. A global first handler times every request; each API
 * route's first handler names its template, so metrics see {@code /v1/incidents/:id}, never the
 * raw path, and a request no route took is recorded as {@code unknown}: scanning random URLs
 * cannot create new series. Methods outside the standard set are recorded as {@code OTHER}. The
 * port it is given contains its own failures (the metrics adapter's guarded decorators), so a
 * broken backend cannot fail a request and nothing here catches.
 */
final class HttpRequestMetrics {

    static final String UNKNOWN_PATH = "unknown";
    private static final String ROUTE_KEY = "llmim.route-template";
    private static final Set<String> STANDARD_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH",
            "OPTIONS", "TRACE", "CONNECT");

    private final HttpMetrics metrics;

    HttpRequestMetrics(HttpMetrics metrics) {
        this.metrics = metrics;
    }

    /** The router's first handler: measures from here until the response has been sent (or the connection died). */
    void observe(RoutingContext ctx) {
        long start = System.nanoTime();
        ctx.addEndHandler(ended -> completed(ctx, start));
        ctx.next();
    }

    /** The first handler of the route with this template. */
    PlatformHandler route(String template) {
        return ctx -> {
            ctx.put(ROUTE_KEY, template);
            metrics.requestStarted(method(ctx), template);
            ctx.next();
        };
    }

    private void completed(RoutingContext ctx, long start) {
        String method = method(ctx);
        String template = ctx.get(ROUTE_KEY);
        if (template == null) {
            template = UNKNOWN_PATH;
            metrics.requestStarted(method, template);
        }
        metrics.requestCompleted(method, template, ctx.response().getStatusCode(), System.nanoTime() - start,
                ctx.request().bytesRead(), ctx.response().bytesWritten());
    }

    private static String method(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String name = method.name();
        return STANDARD_METHODS.contains(name) ? name : "OTHER";
    }
}
