package io.llmim.adapter.http.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.domain.Incident;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts incident events to webhooks with Vert.x WebClient, as the {@code generic} JSON incident or
 * a Slack incoming-webhook message, each with its {@code Idempotency-Key} header. Each request is bounded by a timeout; a 5xx, 408, 429 or a
 * network failure asks for a retry (dependency error), any other refusal does not (validation error).
 */
public final class VertxWebhookSender implements WebhookSender {

    private final WebClient client;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public VertxWebhookSender(Vertx vertx, Duration timeout) {
        this.client = WebClient.create(vertx, new WebClientOptions().setUserAgent("llm-incident-manager")
                .setConnectTimeout((int) timeout.toMillis()));
        this.timeout = timeout;
    }

    @Override
    public void send(Webhook webhook, Incident incident, String event, String idempotencyKey) {
        ObjectNode body = "slack".equals(webhook.format()) ? slack(incident, event) : generic(incident, event);
        HttpResponse<Buffer> response;
        try {
            response = client.postAbs(webhook.url()).timeout(timeout.toMillis())
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Idempotency-Key", idempotencyKey)
                    .sendBuffer(Buffer.buffer(body.toString()))
                    .toCompletionStage().toCompletableFuture().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new JobFailedException(JobErrorType.DEPENDENCY_ERROR, webhook.name() + " unreachable: "
                    + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailedException(JobErrorType.DEPENDENCY_ERROR, "interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        boolean retryable = status >= 500 || status == 408 || status == 429;
        throw new JobFailedException(retryable ? JobErrorType.DEPENDENCY_ERROR : JobErrorType.VALIDATION_ERROR,
                webhook.name() + " answered " + status);
    }

    private ObjectNode generic(Incident incident, String event) {
        ObjectNode body = json.createObjectNode().put("event", event);
        ObjectNode node = body.putObject("incident")
                .put("id", incident.id().value())
                .put("title", incident.title())
                .put("description", incident.description())
                .put("severity", incident.severity().name())
                .put("source", incident.source())
                .put("category", incident.category().label())
                .put("state", incident.state().name())
                .put("created_at", incident.createdAt().toString())
                .put("occurrence_count", incident.occurrenceCount());
        ObjectNode labels = node.putObject("labels");
        incident.labels().forEach(labels::put);
        return body;
    }

    private ObjectNode slack(Incident incident, String event) {
        String text = "[" + incident.severity() + "] " + incident.title() + " (" + incident.source() + ", "
                + incident.category().label() + ") " + event;
        ObjectNode body = json.createObjectNode().put("text", text);
        body.putArray("blocks").addObject().put("type", "section").putObject("text")
                .put("type", "mrkdwn").put("text", "*" + incident.severity() + " " + incident.category().label()
                        + "*: " + incident.title() + "\nstate " + incident.state() + ", source " + incident.source()
                        + ", id `" + incident.id().value() + "`\n_" + event + "_");
        return body;
    }

    public void close() {
        client.close();
    }
}
