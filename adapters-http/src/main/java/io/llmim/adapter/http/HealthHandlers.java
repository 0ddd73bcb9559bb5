package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** Liveness (the process answers) and readiness (its dependencies answer). Always public. */
final class HealthHandlers {

    private final List<ReadinessCheck> checks;
    private final WorkerExecutor workers;
    private final ObjectMapper json;

    HealthHandlers(List<ReadinessCheck> checks, WorkerExecutor workers, ObjectMapper json) {
        this.checks = List.copyOf(checks);
        this.workers = workers;
        this.json = json;
    }

    void live(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
    }

    void ready(RoutingContext ctx) {
        workers.executeBlocking(() -> {
            ObjectNode body = json.createObjectNode();
            ObjectNode components = body.putObject("components");
            boolean ready = true;
            for (ReadinessCheck check : checks) {
                boolean up;
                try {
                    up = check.isReady().getAsBoolean();
                } catch (RuntimeException e) {
                    up = false;
                }
                components.put(check.component(), up ? "UP" : "DOWN");
                ready &= up;
            }
            body.put("status", ready ? "UP" : "DOWN");
            return body;
        }, false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            ObjectNode body = result.result();
            boolean up = "UP".equals(body.get("status").asText());
            ctx.response().setStatusCode(up ? 200 : 503)
                    .putHeader("Content-Type", "application/json").end(body.toString());
        });
    }
}
