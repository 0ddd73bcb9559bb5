package io.llmim.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * A Vert.x Web route answering a constant: the upper bound of the HTTP stack for the load
 * benchmark. {@code java -cp benchmarks.jar io.llmim.benchmarks.BareVertxServer PORT}
 */
public final class BareVertxServer {

    private BareVertxServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.get("/constant").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json")
                .end("{\"status\":\"UP\"}"));
        vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1")
                .onSuccess(server -> System.out.println("bare server on " + server.actualPort()));
    }
}
