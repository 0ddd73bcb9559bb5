package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmim.adapter.http.IncidentApi;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.adapter.http.JsonBody;
import io.llmim.application.port.in.AlertingStatusQuery;
import io.llmim.application.port.in.QueryAlertsUseCase;
import io.llmim.application.port.in.QueryAlertsUseCase.AlertQuery;
import io.llmim.application.port.in.ReceiveAlertsUseCase;
import io.llmim.application.port.in.ReceiveAlertsUseCase.PostedAlert;
import io.llmim.application.port.out.SuppressionMetrics;
import io.llmim.application.port.out.SuppressionMetrics.AlertOutcome;
import io.llmim.domain.InvalidIncidentDataException;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Function;

/**
 * Alertmanager's API v2 as Prometheus, amtool and Grafana use it: {@code POST /api/v2/alerts},
 * answered as Alertmanager answers (200 with an empty body, 400 with the reason in plain text for
 * an alert that can never be taken, 503 when the store is unavailable: Prometheus retries on 5xx),
 * {@code GET /api/v2/alerts} and {@code /api/v2/alerts/groups} with their filters, {@code GET /api/v2/receivers} and {@code GET /api/v2/status}
 * (a single, unclustered Alertmanager as far as clients can tell: the instances sharing PostgreSQL
 * are not listed as peers).
 */
public final class AlertsApiRoutes implements IncidentApi.RouteContribution {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsApiRoutes.class);

    private final ReceiveAlertsUseCase alerts;
    private final QueryAlertsUseCase queries;
    private final AlertingStatusQuery status;
    private final SuppressionMetrics metrics;

    public AlertsApiRoutes(ReceiveAlertsUseCase alerts, QueryAlertsUseCase queries, AlertingStatusQuery status) {
        this(alerts, queries, status, SuppressionMetrics.noOp());
    }

    /** @param metrics counts the alerts posted by outcome */
    public AlertsApiRoutes(ReceiveAlertsUseCase alerts, QueryAlertsUseCase queries, AlertingStatusQuery status,
                           SuppressionMetrics metrics) {
        this.metrics = metrics;
        this.alerts = alerts;
        this.queries = queries;
        this.status = status;
    }

    @Override
    public void mount(IncidentApi.RouteMounter mounter) {
        WorkerExecutor workers = mounter.workers();
        JsonBody jsonBody = mounter.jsonBody();
        ObjectMapper json = mounter.json();
        mounter.route(HttpMethod.POST, "/api/v2/alerts", true, ctx -> post(ctx, workers, jsonBody));
        mounter.route(HttpMethod.GET, "/api/v2/alerts", false,
                ctx -> list(ctx, workers, query -> AlertsApiJson.alerts(queries.alerts(query), json)));
        mounter.route(HttpMethod.GET, "/api/v2/alerts/groups", false,
                ctx -> list(ctx, workers, query -> AlertsApiJson.groups(queries.groups(query), json)));
        mounter.route(HttpMethod.GET, "/api/v2/receivers", false,
                ctx -> ok(ctx, AlertsApiJson.receivers(queries.receivers(), json)));
        mounter.route(HttpMethod.GET, "/api/v2/status", false, ctx -> ok(ctx, AlertsApiJson.status(status.status(), json)));
    }

    private void list(RoutingContext ctx, WorkerExecutor workers, Function<AlertQuery, JsonNode> answer) {
        AlertQuery query;
        try {
            query = AlertsApiJson.query(ctx.queryParams());
        } catch (InvalidRequestException | InvalidIncidentDataException e) {
            badRequest(ctx, e.getMessage());
            return;
        }
        workers.executeBlocking(() -> answer.apply(query), false).onComplete(result -> {
            if (result.succeeded()) {
                ok(ctx, result.result());
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    private static void ok(RoutingContext ctx, JsonNode body) {
        ctx.response().putHeader("Content-Type", "application/json").end(body.toString());
    }

    private void post(RoutingContext ctx, WorkerExecutor workers, JsonBody jsonBody) {
        List<PostedAlert> posted;
        try {
            posted = PostedAlertsPayload.parse(jsonBody.requiredArray(ctx));
        } catch (InvalidRequestException e) {
            metrics.alertsReceived(AlertOutcome.INVALID, 1);
            badRequest(ctx, e.getMessage());
            return;
        }
        workers.executeBlocking(() -> {
            alerts.receive(posted);
            return null;
        }, false).onComplete(result -> {
            if (result.succeeded()) {
                metrics.alertsReceived(AlertOutcome.ACCEPTED, posted.size());
                ctx.response().setStatusCode(200).end();
            } else if (result.cause() instanceof InvalidIncidentDataException e) {
                metrics.alertsReceived(AlertOutcome.INVALID, posted.size());
                badRequest(ctx, e.getMessage());
            } else if (IntegrationRoutes.isTemporary(result.cause())) {
                metrics.alertsReceived(AlertOutcome.FAILED, posted.size());
                LOG.warn("Posted alerts not stored, asking for a retry: {}", result.cause().toString());
                ctx.fail(503);
            } else {
                metrics.alertsReceived(AlertOutcome.FAILED, posted.size());
                ctx.fail(result.cause());
            }
        });
    }

    private static void badRequest(RoutingContext ctx, String reason) {
        ctx.response().setStatusCode(400).putHeader("Content-Type", "text/plain; charset=utf-8").end(reason);
    }
}
