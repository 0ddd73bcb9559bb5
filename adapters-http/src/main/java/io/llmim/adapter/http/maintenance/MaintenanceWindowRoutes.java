package io.llmim.adapter.http.maintenance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.adapter.http.IncidentApi;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.adapter.http.JsonBody;
import io.llmim.application.port.in.MaintenanceWindowNotFoundException;
import io.llmim.application.port.in.ManageMaintenanceWindowsUseCase;
import io.llmim.domain.PlainText;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code /v1/maintenance-windows}: create (POST), list (GET, {@code ?active_at=} keeps the windows
 * on at that instant), read, replace (PUT) and delete one. Each window in a reply says whether it
 * is {@code active} now. The use case blocks on the store, so it runs on the worker pool.
 */
public final class MaintenanceWindowRoutes implements IncidentApi.RouteContribution {

    private static final String COLLECTION = "/v1/maintenance-windows";
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private final ManageMaintenanceWindowsUseCase windows;

    public MaintenanceWindowRoutes(ManageMaintenanceWindowsUseCase windows) {
        this.windows = windows;
    }

    @Override
    public void mount(IncidentApi.RouteMounter mounter) {
        WorkerExecutor workers = mounter.workers();
        JsonBody body = mounter.jsonBody();
        MaintenanceWindowJson wire = new MaintenanceWindowJson(mounter.json());
        mounter.route(HttpMethod.POST, COLLECTION, true, ctx -> {
            var draft = MaintenanceWindowRequest.parse(body.required(ctx), actor(ctx));
            blocking(ctx, workers, () -> windows.create(draft), created -> {
                ctx.response().putHeader("Location", COLLECTION + "/" + created.id());
                send(ctx, 201, wire.window(created, windows.now()));
            });
        });
        mounter.route(HttpMethod.GET, COLLECTION, false, ctx -> {
            Instant activeAt = activeAt(ctx);
            blocking(ctx, workers, () -> windows.list(activeAt), list -> send(ctx, 200, wire.list(list, windows.now())));
        });
        mounter.route(HttpMethod.GET, COLLECTION + "/:id", false, ctx -> {
            String id = pathId(ctx);
            blocking(ctx, workers, () -> windows.get(id), window -> send(ctx, 200, wire.window(window, windows.now())));
        });
        mounter.route(HttpMethod.PUT, COLLECTION + "/:id", true, ctx -> {
            String id = pathId(ctx);
            var draft = MaintenanceWindowRequest.parse(body.required(ctx), actor(ctx));
            blocking(ctx, workers, () -> windows.replace(id, draft),
                    window -> send(ctx, 200, wire.window(window, windows.now())));
        });
        mounter.route(HttpMethod.DELETE, COLLECTION + "/:id", false, ctx -> {
            String id = pathId(ctx);
            blocking(ctx, workers, () -> {
                windows.delete(id);
                return id;
            }, deleted -> ctx.response().setStatusCode(204).end());
        });
    }

    private static Instant activeAt(RoutingContext ctx) {
        String text = ctx.request().getParam("active_at");
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(PlainText.require("active_at", text)).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("active_at", "must be an RFC 3339 time, e.g. 2026-06-07T02:30:00Z");
        }
    }

    // Window ids are UUIDs; anything else names no window (404, as for incidents).
    private static String pathId(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw new MaintenanceWindowNotFoundException(id);
        }
        return id;
    }

    private static String actor(RoutingContext ctx) {
        String actor = ctx.request().getHeader("X-Actor");
        return actor == null || actor.isBlank() ? "api" : actor.strip();
    }

    private static <T> void blocking(RoutingContext ctx, WorkerExecutor workers, Callable<T> work, Consumer<T> respond) {
        workers.executeBlocking(work, false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
            } else {
                respond.accept(result.result());
            }
        });
    }

    private static void send(RoutingContext ctx, int status, ObjectNode body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.toString());
    }
}
