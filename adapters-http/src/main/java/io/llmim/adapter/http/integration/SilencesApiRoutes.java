package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmim.adapter.http.IncidentApi;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.adapter.http.JsonBody;
import io.llmim.application.port.in.ManageSilencesUseCase;
import io.llmim.application.port.in.ManageSilencesUseCase.SilenceDraft;
import io.llmim.application.port.in.SilenceNotFoundException;
import io.llmim.domain.IncidentId;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.LabelMatcher;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Alertmanager's API v2 for silences, as amtool and Grafana use it: {@code GET/POST /api/v2/silences},
 * {@code GET/DELETE /api/v2/silence/{id}}, answered as Alertmanager answers (400 with the reason in
 * plain text, 404 for an unknown id, 503 when the store is unavailable); and
 * {@code POST /v1/incidents/{id}/silence}, a silence made for one incident, answered as the rest of
 * the {@code /v1} API (problem+json).
 */
public final class SilencesApiRoutes implements IncidentApi.RouteContribution {

    private final ManageSilencesUseCase silences;

    public SilencesApiRoutes(ManageSilencesUseCase silences) {
        this.silences = silences;
    }

    @Override
    public void mount(IncidentApi.RouteMounter mounter) {
        WorkerExecutor workers = mounter.workers();
        ObjectMapper json = mounter.json();
        JsonBody jsonBody = mounter.jsonBody();
        mounter.route(HttpMethod.GET, "/api/v2/silences", false, ctx -> {
            List<LabelMatcher> filter;
            try {
                filter = ctx.queryParam("filter").stream().map(LabelMatcher::parse).toList();
            } catch (InvalidIncidentDataException e) {
                badRequest(ctx, e.getMessage());
                return;
            }
            answer(ctx, workers, () -> silences.list(filter), listed -> ok(ctx, SilencesApiJson.silences(listed, json)));
        });
        mounter.route(HttpMethod.POST, "/api/v2/silences", true, ctx -> {
            SilenceDraft draft;
            try {
                draft = SilencesApiJson.draft(jsonBody.required(ctx));
            } catch (InvalidRequestException | InvalidIncidentDataException e) {
                badRequest(ctx, e.getMessage());
                return;
            }
            answer(ctx, workers, () -> silences.save(draft),
                    id -> ok(ctx, json.createObjectNode().put("silenceID", id)));
        });
        mounter.route(HttpMethod.GET, "/api/v2/silence/:id", false, ctx -> answer(ctx, workers,
                () -> silences.find(ctx.pathParam("id")), found -> found.ifPresentOrElse(
                        silence -> ok(ctx, SilencesApiJson.silence(silence, json)), () -> notFound(ctx))));
        mounter.route(HttpMethod.DELETE, "/api/v2/silence/:id", false, ctx -> answer(ctx, workers, () -> {
            silences.expire(ctx.pathParam("id"));
            return true;
        }, done -> ctx.response().setStatusCode(200).end()));
        mounter.route(HttpMethod.POST, "/v1/incidents/:id/silence", true, ctx -> silenceIncident(ctx, workers, json,
                jsonBody));
    }

    private void silenceIncident(RoutingContext ctx, WorkerExecutor workers, ObjectMapper json, JsonBody jsonBody) {
        IncidentId id;
        try {
            id = new IncidentId(ctx.pathParam("id"));
        } catch (InvalidIncidentDataException e) {
            ctx.fail(404);
            return;
        }
        JsonNode body = Optional.ofNullable(jsonBody.optional(ctx)).orElseGet(json::createObjectNode);
        String comment = Optional.ofNullable(JsonFields.text(body, "comment", "", false)).orElse("");
        String header = ctx.request().getHeader("X-Actor");
        String actor = header == null || header.isBlank() ? "api" : header.strip();
        var duration = SilencesApiJson.duration(body);
        workers.executeBlocking(() -> silences.silenceIncident(id, duration, comment, actor), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        ctx.fail(result.cause());
                    } else {
                        ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                                .end(SilencesApiJson.silence(result.result(), json).toString());
                    }
                });
    }

    private static <T> void answer(RoutingContext ctx, WorkerExecutor workers, Callable<T> work, Consumer<T> respond) {
        workers.executeBlocking(work, false).onComplete(result -> {
            if (result.succeeded()) {
                respond.accept(result.result());
            } else if (result.cause() instanceof InvalidIncidentDataException e) {
                badRequest(ctx, e.getMessage());
            } else if (result.cause() instanceof SilenceNotFoundException e) {
                ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=utf-8")
                        .end(e.getMessage());
            } else if (IntegrationRoutes.isTemporary(result.cause())) {
                ctx.fail(503);
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    private static void ok(RoutingContext ctx, JsonNode body) {
        ctx.response().putHeader("Content-Type", "application/json").end(body.toString());
    }

    private static void notFound(RoutingContext ctx) {
        ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=utf-8").end("silence not found");
    }

    private static void badRequest(RoutingContext ctx, String reason) {
        ctx.response().setStatusCode(400).putHeader("Content-Type", "text/plain; charset=utf-8").end(reason);
    }
}
