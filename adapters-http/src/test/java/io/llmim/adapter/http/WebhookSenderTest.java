package io.llmim.adapter.http;

import io.llmim.adapter.http.webhook.VertxWebhookSender;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real webhook receiver on loopback checks what is delivered and how refusals are classified. */
class WebhookSenderTest {

    private final Vertx vertx = Vertx.vertx();
    private static final String KEY = "6f1c7e1e-4d0e-3b8a-9c57-0a3a2f0c9d11";

    private final List<JsonObject> received = new ArrayList<>();
    private final List<String> idempotencyKeys = new ArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final Incident incident = anIncident().from(anEvent().withTitle("gateway down")
            .withSeverity(Severity.P0).withLabel("service", "chat")).build();

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private String receiver() throws Exception {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            synchronized (received) {
                received.add(body.toJsonObject());
                idempotencyKeys.add(request.getHeader("Idempotency-Key"));
            }
            Integer status = statuses.poll();
            request.response().setStatusCode(status == null ? 200 : status).end();
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return "http://127.0.0.1:" + server.actualPort() + "/hook";
    }

    private WebhookSender sender() {
        return new VertxWebhookSender(vertx, Duration.ofSeconds(2));
    }

    @Test
    void the_generic_format_is_the_incident_as_json() throws Exception {
        sender().send(new WebhookSender.Webhook("oncall", receiver(), "generic", Severity.P2), incident, "created", KEY);

        JsonObject body = received.get(0);
        assertThat(body.getString("event")).isEqualTo("created");
        assertThat(body.getJsonObject("incident").getString("id")).isEqualTo(incident.id().value());
        assertThat(body.getJsonObject("incident").getString("severity")).isEqualTo("P0");
        assertThat(body.getJsonObject("incident").getJsonObject("labels").getString("service")).isEqualTo("chat");
    }

    @Test
    void the_slack_format_is_an_incoming_webhook_message() throws Exception {
        sender().send(new WebhookSender.Webhook("slack", receiver(), "slack", Severity.P2), incident, "escalated-0", KEY);

        JsonObject body = received.get(0);
        assertThat(body.getString("text")).startsWith("[P0] gateway down").endsWith("escalated-0");
        assertThat(body.getJsonArray("blocks").getJsonObject(0).getString("type")).isEqualTo("section");
    }

    @Test
    void every_format_carries_the_idempotency_key() throws Exception {
        String url = receiver();

        sender().send(new WebhookSender.Webhook("oncall", url, "generic", Severity.P2), incident, "created", KEY);
        sender().send(new WebhookSender.Webhook("slack", url, "slack", Severity.P2), incident, "created", KEY);

        assertThat(idempotencyKeys).containsExactly(KEY, KEY);
    }

    @Test
    void a_5xx_asks_for_a_retry_and_a_4xx_does_not() throws Exception {
        String url = receiver();
        statuses.add(503);
        statuses.add(404);
        WebhookSender.Webhook webhook = new WebhookSender.Webhook("oncall", url, "generic", Severity.P2);

        assertThatThrownBy(() -> sender().send(webhook, incident, "created", KEY)).isInstanceOfSatisfying(
                JobFailedException.class, e -> assertThat(e.type()).isEqualTo(JobErrorType.DEPENDENCY_ERROR));
        assertThatThrownBy(() -> sender().send(webhook, incident, "created", KEY)).isInstanceOfSatisfying(
                JobFailedException.class, e -> assertThat(e.type()).isEqualTo(JobErrorType.VALIDATION_ERROR));
        sender().send(webhook, incident, "created", KEY);
        assertThat(received).hasSize(3);
    }

    @Test
    void an_unreachable_webhook_is_a_dependency_error() {
        WebhookSender.Webhook nowhere = new WebhookSender.Webhook("gone", "http://127.0.0.1:1/hook", "generic",
                Severity.P2);

        assertThatThrownBy(() -> sender().send(nowhere, incident, "created", KEY)).isInstanceOfSatisfying(
                JobFailedException.class, e -> assertThat(e.type()).isEqualTo(JobErrorType.DEPENDENCY_ERROR));
    }
}
