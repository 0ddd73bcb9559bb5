package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.application.port.in.ListIncidentsQuery;
import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.RelatedIncidentsQuery;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.PlainText;
import io.llmim.domain.Severity;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The incident resources. Use cases block on the store, so each runs on the worker pool, never on
 * the event loop; their exceptions reach the router's failure handler, which maps them to problems.
 */
final class IncidentHandlers {

    private static final String JSON = "application/json";
    static final String DEFAULT_ACTOR = "api";

    private final IncidentApiUseCases useCases;
    private final WorkerExecutor workers;
    private final ObjectMapper json;
    private final IncidentJson wire;
    private final JsonBody jsonBody;

    IncidentHandlers(IncidentApiUseCases useCases, WorkerExecutor workers, ObjectMapper json, JsonBody jsonBody) {
        this.useCases = useCases;
        this.workers = workers;
        this.json = json;
        this.wire = new IncidentJson(json);
        this.jsonBody = jsonBody;
    }

    void report(RoutingContext ctx) {
        JsonNode body = jsonBody.required(ctx);
        blocking(ctx, () -> useCases.report().report(ReportEventRequest.parse(body)), outcome -> {
            ObjectNode incident = wire.incident(outcome.incident());
            if (outcome instanceof ReportOutcome.Deduplicated) {
                incident.put("deduplicated", true);
                send(ctx, 200, incident);
            } else {
                ctx.response().putHeader("Location", "/v1/incidents/" + outcome.incident().id().value());
                incident.put("deduplicated", false);
                send(ctx, 201, incident);
            }
        });
    }

    void list(RoutingContext ctx) {
        IncidentFilter filter = new IncidentFilter(
                parameter(ctx, "state", IncidentState::parse),
                parameter(ctx, "severity", Severity::parse),
                parameter(ctx, "source", source -> source),
                parameter(ctx, "category", Category::parse));
        Integer limit = parameter(ctx, "limit", IncidentHandlers::integer);
        PageCursor cursor = parameter(ctx, "cursor", PageCursor::decode);
        // The page is put together on the worker: what mutes each incident is read from the store.
        blocking(ctx, () -> wire.page(useCases.listing().list(filter,
                        limit == null ? ListIncidentsQuery.DEFAULT_PAGE_SIZE : limit, cursor), useCases.holds()),
                page -> send(ctx, 200, page));
    }

    void get(RoutingContext ctx) {
        IncidentId id = pathId(ctx);
        blocking(ctx, () -> {
                    IncidentSnapshot incident = useCases.incidents().get(id);
                    return wire.withRelated(wire.withHolds(wire.incident(incident), useCases.holds().mutedBy(incident)),
                            useCases.related().related(id, RelatedIncidentsQuery.FIRST_PAGE_SIZE, null));
                },
                incident -> send(ctx, 200, incident));
    }

    void related(RoutingContext ctx) {
        IncidentId id = pathId(ctx);
        Integer limit = parameter(ctx, "limit", IncidentHandlers::integer);
        PageCursor cursor = parameter(ctx, "cursor", PageCursor::decode);
        blocking(ctx, () -> useCases.related().related(id,
                        limit == null ? ListIncidentsQuery.DEFAULT_PAGE_SIZE : limit, cursor),
                related -> send(ctx, 200, wire.related(id, related)));
    }

    void jobs(RoutingContext ctx) {
        JobStatus status = parameter(ctx, "status", IncidentHandlers::jobStatus);
        Integer limit = parameter(ctx, "limit", IncidentHandlers::integer);
        if (limit != null && (limit < 1 || limit > ListIncidentsQuery.MAX_PAGE_SIZE)) {
            throw new InvalidIncidentDataException("limit", "must be between 1 and " + ListIncidentsQuery.MAX_PAGE_SIZE);
        }
        blocking(ctx, () -> useCases.jobs().list(status == null ? JobStatus.DEAD : status,
                limit == null ? ListIncidentsQuery.DEFAULT_PAGE_SIZE : limit), jobs -> send(ctx, 200, wire.jobs(jobs)));
    }

    private static JobStatus jobStatus(String text) {
        try {
            return JobStatus.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidIncidentDataException("status", "must be one of queued, running, done, dead");
        }
    }

    void timeline(RoutingContext ctx) {
        IncidentId id = pathId(ctx);
        blocking(ctx, () -> useCases.incidents().timeline(id),
                entries -> send(ctx, 200, wire.timeline(id.value(), entries)));
    }

    void acknowledge(RoutingContext ctx) {
        transition(ctx, (id, actor) -> useCases.lifecycle().acknowledge(id, actor));
    }

    void start(RoutingContext ctx) {
        transition(ctx, (id, actor) -> useCases.lifecycle().start(id, actor));
    }

    void close(RoutingContext ctx) {
        transition(ctx, (id, actor) -> useCases.lifecycle().close(id, actor));
    }

    void reopen(RoutingContext ctx) {
        transition(ctx, (id, actor) -> useCases.lifecycle().reopen(id, actor));
    }

    /** Accepted, not done: the analysis runs in the background and lands on the timeline. */
    void analyze(RoutingContext ctx) {
        IncidentId id = pathId(ctx);
        blocking(ctx, () -> {
            useCases.analysis().request(id);
            return id;
        }, accepted -> {
            ctx.response().putHeader("Location", "/v1/incidents/" + id.value() + "/timeline");
            send(ctx, 202, json.createObjectNode().put("status", "accepted").put("incident_id", id.value())
                    .put("timeline", "/v1/incidents/" + id.value() + "/timeline"));
        });
    }

    void resolve(RoutingContext ctx) {
        JsonNode body = jsonBody.optional(ctx);
        String note = body == null ? null : ReportEventRequest.optionalText(body, "note");
        String rootCause = body == null ? null : ReportEventRequest.optionalText(body, "root_cause");
        transition(ctx, (id, actor) -> useCases.lifecycle().resolve(id, actor, note, rootCause));
    }

    private interface Transition {
        IncidentSnapshot apply(IncidentId id, String actor);
    }

    private void transition(RoutingContext ctx, Transition transition) {
        IncidentId id = pathId(ctx);
        String actor = actor(ctx);
        blocking(ctx, () -> transition.apply(id, actor), incident -> send(ctx, 200, wire.incident(incident)));
    }

    private <T> void blocking(RoutingContext ctx, Callable<T> work, java.util.function.Consumer<T> respond) {
        workers.executeBlocking(work, false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
            } else {
                respond.accept(result.result());
            }
        });
    }

    private void send(RoutingContext ctx, int status, ObjectNode body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", JSON).end(body.toString());
    }

    private static String actor(RoutingContext ctx) {
        String actor = ctx.request().getHeader("X-Actor");
        return actor == null || actor.isBlank() ? DEFAULT_ACTOR : actor.strip();
    }

    // A malformed id names no incident: 404 like any unknown id, so ids are opaque to clients.
    private static IncidentId pathId(RoutingContext ctx) {
        String raw = ctx.pathParam("id");
        try {
            return new IncidentId(raw);
        } catch (InvalidIncidentDataException e) {
            throw new NoSuchResourceException("no incident with id " + raw);
        }
    }

    private static <T> T parameter(RoutingContext ctx, String name, Function<String, T> parse) {
        String value = ctx.request().getParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        // Each parse throws InvalidIncidentDataException naming the parameter itself.
        return parse.apply(PlainText.require(name, value));
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidIncidentDataException("limit", "must be a whole number between 1 and "
                    + ListIncidentsQuery.MAX_PAGE_SIZE);
        }
    }

    /** A path that names nothing, such as an id that is not even a UUID. */
    static final class NoSuchResourceException extends RuntimeException {
        NoSuchResourceException(String detail) {
            super(detail, null, false, false);
        }
    }
}
