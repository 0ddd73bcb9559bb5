package io.llmim.adapter.metrics;

import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

import java.io.ByteArrayOutputStream;
import java.time.Duration;

/**
 * The scrape endpoint: its own HTTP server on {@code [metrics] listen_address}, apart from the API,
 * answering {@code GET endpoint_path} and 404 to everything else (to everything when metrics are
 * off). Rendering runs off the event loop; responses are gzipped when the scraper accepts it.
 */
public final class MetricsEndpoint {

    private final HttpServer server;

    private MetricsEndpoint(HttpServer server) {
        this.server = server;
    }

    static Future<MetricsEndpoint> start(Vertx vertx, String host, int port, String path, PrometheusScrape scrape) {
        HttpServerOptions options = new HttpServerOptions().setCompressionSupported(true);
        return vertx.createHttpServer(options)
                .requestHandler(request -> handle(vertx, request, path, scrape))
                .listen(port, host)
                .map(MetricsEndpoint::new);
    }

    private static void handle(Vertx vertx, HttpServerRequest request, String path, PrometheusScrape scrape) {
        if (scrape == null || !request.path().equals(path)) {
            request.response().setStatusCode(404).putHeader("Content-Type", "text/plain").end("not found\n");
            return;
        }
        if (!request.method().name().equals("GET") && !request.method().name().equals("HEAD")) {
            request.response().setStatusCode(405).putHeader("Allow", "GET, HEAD").end();
            return;
        }
        ExpositionFormatWriter writer = scrape.writerFor(request.getHeader("Accept"));
        vertx.executeBlocking(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            scrape.write(out, writer);
            return Buffer.buffer(out.toByteArray());
        }, false).onComplete(result -> {
            if (result.succeeded()) {
                request.response().putHeader("Content-Type", writer.getContentType()).end(result.result());
            } else {
                request.response().setStatusCode(500).putHeader("Content-Type", "text/plain")
                        .end("scrape failed\n");
            }
        });
    }

    public int port() {
        return server.actualPort();
    }

    public Future<Void> stop(Duration grace) {
        return server.shutdown(grace);
    }
}
