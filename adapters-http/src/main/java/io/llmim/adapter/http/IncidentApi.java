package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmim.application.port.out.HttpMetrics;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.PlatformHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP API's server and router: every route, its handler chain, and the uniform problem+json
 * error handling. Each route's chain is: name the route for metrics, authenticate (/v1, /v2), read
 * the body within the size limit, then the handler. Every GET route answers HEAD too.
 */
public final class IncidentApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentApi.class);
    private static final int[] ROUTER_STATUSES = {400, 401, 403, 404, 405, 406, 413, 414, 415, 431, 500, 501, 503};
    private static final String READING_BODY = "llmim.reading-body";
    private static final java.time.Duration CONSOLE_SESSION_LIFETIME = java.time.Duration.ofHours(12);

    private final Vertx vertx;
    private final Router router;
    private final WorkerExecutor workers;
    private final ObjectMapper json = new ObjectMapper();
    private final JsonBody jsonBody = new JsonBody(json);
    private final ProtocolGuard guard = new ProtocolGuard(json);
    private final HttpRequestMetrics requestMetrics;
    private final BearerTokenAuthentication authentication;
    private final HttpApiSettings settings;
    private final List<RouteContribution> contributions = new ArrayList<>();

    /**
     * Extra routes from other parts of the service (integrations, jobs, analysis), mounted with the
     * same metrics, authentication and error handling as the incident routes.
     */
    public interface RouteContribution {
        void mount(RouteMounter mounter);
    }

    /** Mounts one route: template as Vert.x writes it ({@code /v1/incidents/:id}). */
    public interface RouteMounter {

        /** The metadata key that marks a console page's route (value true): not an API operation. */
        String PAGE = "llmim.page";

        void route(HttpMethod method, String template, boolean readsBody, Handler<RoutingContext> handler);

        WorkerExecutor workers();

        ObjectMapper json();

        JsonBody jsonBody();

        Vertx vertx();

        /** Who may call the API: the console signs in and checks sessions with it. */
        BearerTokenAuthentication authentication();

        boolean authenticationRequired();

        /**
         * A route for a page for browsers (the console): named for metrics, but with no API
         * authentication (the page brings its own) and marked {@link #PAGE} as no part of the API
         * document. The caller adds its handlers and failure handler.
         */
        Route page(HttpMethod method, String path);
    }

    public IncidentApi(Vertx vertx, IncidentApiUseCases useCases, List<ReadinessCheck> readiness,
                       HttpApiSettings settings, HttpMetrics metrics, List<RouteContribution> contributions) {
        this.settings = settings;
        this.vertx = vertx;
        this.router = Router.router(vertx);
        this.workers = vertx.createSharedWorkerExecutor("llmim-api-workers", settings.workerPoolSize());
        this.requestMetrics = new HttpRequestMetrics(metrics);
        this.authentication = new BearerTokenAuthentication(settings.bearerTokens(),
                SessionCookie.withFreshKey(CONSOLE_SESSION_LIFETIME));
        this.contributions.addAll(contributions);
        build(useCases, readiness);
    }

    public Router router() {
        return router;
    }

    /** The server to listen with: the router behind the answers to malformed HTTP. */
    public HttpServer httpServer() {
        return vertx.createHttpServer()
                .invalidRequestHandler(guard::invalidRequest)
                .webSocketHandshakeHandler(guard::refuseWebSocket)
                .requestHandler(guard.inFrontOf(router));
    }

    private void build(IncidentApiUseCases useCases, List<ReadinessCheck> readiness) {
        router.route().handler(requestMetrics::observe);

        HealthHandlers health = new HealthHandlers(readiness, workers, json);
        Buffer openApi = openApiDocument();

        mount(HttpMethod.GET, "/health", false, health::live);
        mount(HttpMethod.GET, "/ready", false, health::ready);
        mount(HttpMethod.GET, "/openapi.yaml", false,
                ctx -> ctx.response().putHeader("Content-Type", "application/yaml").end(openApi));

        RouteMounter mounter = new RouteMounter() {
            @Override
            public void route(HttpMethod method, String template, boolean readsBody, Handler<RoutingContext> handler) {
                mount(method, template, readsBody, handler);
            }

            @Override
            public WorkerExecutor workers() {
                return workers;
            }

            @Override
            public ObjectMapper json() {
                return json;
            }

            @Override
            public JsonBody jsonBody() {
                return jsonBody;
            }

            @Override
            public Vertx vertx() {
                return vertx;
            }

            @Override
            public BearerTokenAuthentication authentication() {
                return authentication;
            }

            @Override
            public boolean authenticationRequired() {
                return settings.authenticationRequired();
            }

            @Override
            public Route page(HttpMethod method, String path) {
                Route route = router.route(method, path).putMetadata(PAGE, true).handler(requestMetrics.route(path));
                if (method == HttpMethod.GET) {
                    route.method(HttpMethod.HEAD);
                }
                return route;
            }
        };
        new IncidentRoutes(useCases).mount(mounter);
        contributions.forEach(contribution -> contribution.mount(mounter));

        router.route().failureHandler(this::failed);
        for (int status : ROUTER_STATUSES) {
            router.errorHandler(status, this::failed);
        }
    }

    private void mount(HttpMethod method, String template, boolean readsBody, Handler<RoutingContext> handler) {
        // Vert.x Web orders handlers by kind (platform, body, user); naming the route and checking
        // the token are platform handlers so that they run before the body is read.
        Route route = router.route(method, template).handler(requestMetrics.route(template));
        if (method == HttpMethod.GET) {
            // Vert.x answers HEAD without the body the GET handler ends with.
            route.method(HttpMethod.HEAD);
        }
        if (settings.authenticationRequired() && (template.startsWith("/v1/") || template.startsWith("/v2/")
                || template.startsWith("/api/"))) {
            route.handler((PlatformHandler) authentication::authenticate);
        }
        if (readsBody) {
            route.handler((PlatformHandler) ctx -> ctx.put(READING_BODY, true).next());
            route.handler(BodyHandler.create(false).setBodyLimit(settings.maxBodyBytes()));
        }
        route.handler(handler);
    }

    private void failed(RoutingContext ctx) {
        Problem problem = problem(ctx);
        if (problem.status() >= 500) {
            LOG.error("{} {} failed with {}", ctx.request().method(), ctx.request().path(), problem.status(),
                    ctx.failure());
        }
        problem.send(ctx.response(), json);
    }

    private Problem problem(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure == null) {
            return Problem.forStatus(unrouted(ctx.statusCode()) && !authentication.admits(ctx.request())
                    ? 401 : ctx.statusCode());
        }
        Problem problem = Problem.from(failure);
        if (problem.status() == 500 && Boolean.TRUE.equals(ctx.get(READING_BODY)) && !ctx.request().isEnded()) {
            // The request stream failed before the body was whole: the codec could not frame it
            // (an invalid chunk size, say). Nothing of ours ran; the message was malformed.
            return Problem.forStatus(400);
        }
        return problem;
    }

    // No route took the request (unknown path, wrong method). Without a token, that must look like
    // any other refusal, so that the routes cannot be discovered without one.
    private boolean unrouted(int status) {
        return settings.authenticationRequired() && (status == 404 || status == 405);
    }

    private static Buffer openApiDocument() {
        try (InputStream in = IncidentApi.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the adapters-http jar");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workers.close();
    }
}
