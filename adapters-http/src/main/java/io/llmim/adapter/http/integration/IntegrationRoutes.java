package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.adapter.http.IncidentApi;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.adapter.http.JsonBody;
import io.llmim.application.port.in.AlertmanagerNotification;
import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.in.IngestAlertmanagerUseCase;
import io.llmim.application.port.in.PagerDutyEvent;
import io.llmim.application.port.in.PagerDutyEventsUseCase;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.domain.InvalidIncidentDataException;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receivers for the senders operators already run: Alertmanager's webhook (version 4) and the
 * PagerDuty Events API v2; a notification of many alerts is answered {@code queued} once the use
 * case stored it for a worker. Each answers the way its sender expects: Alertmanager retries on 5xx, so
 * a temporary failure is 503 and only a payload that can never succeed is 400; PagerDuty clients
 * read {@code {"status", "message", "dedup_key"}} and {@code {"status": "invalid event", "errors"}}.
 */
public final class IntegrationRoutes implements IncidentApi.RouteContribution {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationRoutes.class);

    private final IngestAlertmanagerUseCase alertmanager;
    private final PagerDutyEventsUseCase pagerDuty;

    public IntegrationRoutes(IngestAlertmanagerUseCase alertmanager, PagerDutyEventsUseCase pagerDuty) {
        this.alertmanager = alertmanager;
        this.pagerDuty = pagerDuty;
    }

    @Override
    public void mount(IncidentApi.RouteMounter mounter) {
        WorkerExecutor workers = mounter.workers();
        ObjectMapper json = mounter.json();
        JsonBody jsonBody = mounter.jsonBody();
        mounter.route(HttpMethod.POST, "/v1/integrations/alertmanager", true,
                ctx -> alertmanager(ctx, workers, json, jsonBody));
        mounter.route(HttpMethod.POST, "/v2/enqueue", true, ctx -> pagerDuty(ctx, workers, json, jsonBody));
    }

    private void alertmanager(RoutingContext ctx, WorkerExecutor workers, ObjectMapper json, JsonBody jsonBody) {
        AlertmanagerNotification notification = AlertmanagerPayload.parse(jsonBody.required(ctx));
        workers.executeBlocking(() -> alertmanager.ingest(notification), false).onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().putHeader("Content-Type", "application/json").end(body(result.result(), json).toString());
            } else if (isTemporary(result.cause())) {
                LOG.warn("Alertmanager notification not stored, asking for a retry: {}", result.cause().toString());
                ctx.fail(503);
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    private static ObjectNode body(IngestAlertmanagerUseCase.Outcome outcome, ObjectMapper json) {
        if (outcome instanceof IngestAlertmanagerUseCase.Outcome.Ingested ingested) {
            ObjectNode body = json.createObjectNode().put("status", "success");
            ingested.incident().ifPresent(incident -> body.put("incident_id", incident.id().value())
                    .put("state", incident.state().name()));
            return body;
        }
        return json.createObjectNode().put("status", "queued");
    }

    private void pagerDuty(RoutingContext ctx, WorkerExecutor workers, ObjectMapper json, JsonBody jsonBody) {
        PagerDutyEvent event;
        try {
            event = PagerDutyPayload.parse(jsonBody.required(ctx));
        } catch (InvalidRequestException e) {
            invalidEvent(ctx, json, e.getMessage());
            return;
        }
        workers.executeBlocking(() -> pagerDuty.enqueue(event), false).onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().setStatusCode(202).putHeader("Content-Type", "application/json").end(json
                        .createObjectNode().put("status", "success").put("message", "Event processed")
                        .put("dedup_key", result.result()).toString());
            } else if (result.cause() instanceof PagerDutyEventsUseCase.UnknownRoutingKeyException) {
                invalidEvent(ctx, json, "routing_key does not name a configured service");
            } else if (result.cause() instanceof InvalidIncidentDataException e) {
                invalidEvent(ctx, json, e.getMessage());
            } else if (isTemporary(result.cause())) {
                ctx.fail(503);
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    private static void invalidEvent(RoutingContext ctx, ObjectMapper json, String error) {
        ObjectNode body = json.createObjectNode().put("status", "invalid event").put("message", "Event object is invalid");
        body.putArray("errors").add(error);
        ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json").end(body.toString());
    }

    /** A failure the sender should retry (503), as opposed to a payload that can never succeed. */
    static boolean isTemporary(Throwable failure) {
        return failure instanceof StoreUnavailableException || failure instanceof ConcurrentUpdateException;
    }
}
