package io.llmim.adapter.llm;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on loopback speaking the OpenAI and Anthropic APIs, answering each request
 * with the next scripted reply and remembering what it was sent.
 */
final class FakeProvider implements AutoCloseable {

    record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
        static Reply ok(String body) {
            return new Reply(200, Map.of(), body, 0);
        }

        static Reply status(int status, String body) {
            return new Reply(status, Map.of(), body, 0);
        }
    }

    record Received(String path, MultiMap headers, JsonObject body) {
    }

    private final Vertx vertx;
    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    FakeProvider(Vertx vertx) throws Exception {
        this.vertx = vertx;
        this.server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            Reply reply;
            synchronized (this) {
                received.add(new Received(request.path(), MultiMap.caseInsensitiveMultiMap().addAll(request.headers()),
                        body.length() == 0 ? new JsonObject() : body.toJsonObject()));
                reply = script.isEmpty() ? Reply.status(500, "{\"error\": {\"type\": \"unscripted\"}}") : script.poll();
            }
            Runnable answer = () -> {
                reply.headers().forEach(request.response()::putHeader);
                request.response().setStatusCode(reply.status()).putHeader("Content-Type", "application/json")
                        .end(reply.body());
            };
            if (reply.delayMillis() > 0) {
                vertx.setTimer(reply.delayMillis(), id -> answer.run());
            } else {
                answer.run();
            }
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort() + "/v1";
    }

    synchronized FakeProvider then(Reply reply) {
        script.add(reply);
        return this;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    static String openAiAnswer(String content, long prompt, long completion) {
        return new JsonObject()
                .put("choices", new io.vertx.core.json.JsonArray().add(new JsonObject()
                        .put("message", new JsonObject().put("role", "assistant").put("content", content))))
                .put("usage", new JsonObject().put("prompt_tokens", prompt).put("completion_tokens", completion))
                .encode();
    }

    static String openAiRefusal() {
        return new JsonObject()
                .put("choices", new io.vertx.core.json.JsonArray().add(new JsonObject()
                        .put("message", new JsonObject().put("role", "assistant").putNull("content")
                                .put("refusal", "I can't help with that."))))
                .put("usage", new JsonObject().put("prompt_tokens", 10).put("completion_tokens", 5)).encode();
    }

    static String anthropicAnswer(String content, long input, long output) {
        return new JsonObject()
                .put("content", new io.vertx.core.json.JsonArray().add(new JsonObject().put("type", "text")
                        .put("text", content)))
                .put("stop_reason", "end_turn")
                .put("usage", new JsonObject().put("input_tokens", input).put("output_tokens", output)).encode();
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
