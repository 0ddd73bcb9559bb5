package io.llmim.bootstrap;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real webhook receiver on loopback for end-to-end tests: it records each notice the service
 * posts (with its Idempotency-Key), and can answer 503 to the next few to make deliveries fail.
 * A JUnit extension: {@code @RegisterExtension final WebhookReceiver receiver = new WebhookReceiver();}
 * listens before each test and stops after it.
 */
final class WebhookReceiver implements BeforeEachCallback, AfterEachCallback {

    private Vertx vertx;
    private final List<JsonObject> notices = new CopyOnWriteArrayList<>();
    private final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private int port;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                request.response().setStatusCode(503).end();
                return;
            }
            notices.add(body.toJsonObject());
            idempotencyKeys.add(String.valueOf(request.getHeader("Idempotency-Key")));
            request.response().end();
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        this.port = server.actualPort();
    }

    /** A {@code [[notifications.webhooks]]} entry named "oncall" posting generic notices here. */
    String webhook(String minSeverity) {
        return """
                [[notifications.webhooks]]
                name = "oncall"
                url = "http://127.0.0.1:%d/hook"
                format = "generic"
                min_severity = "%s"
                """.formatted(port, minSeverity);
    }

    /** Answer 503 to the next {@code count} notices. */
    void failNext(int count) {
        failuresToAnswer.set(count);
    }

    /** Each notice received, as "event incident-title" ("created gateway down"). */
    List<String> events() {
        return notices.stream().map(notice -> notice.getString("event") + " "
                + notice.getJsonObject("incident").getString("title")).toList();
    }

    List<String> idempotencyKeys() {
        return List.copyOf(idempotencyKeys);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
