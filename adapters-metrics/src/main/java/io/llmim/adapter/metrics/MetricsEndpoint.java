package io.llmim.adapter.metrics;

import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.vertx.core.Future;
import io.vertx.core.Handler;
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

    /** The endpoint serving {@code scrape} at {@code [metrics] endpoint_path}, and 404 elsewhere. */
    static Future<MetricsEndpoint> serving(Vertx vertx, MetricsSettings settings, PrometheusScrape scrape) {
        return listen(vertx, settings, request -> {
            if (request.path().equals(settings.endpointPath())) {
                scrape(vertx, request, scrape);
            } else {
                refuse(request);
            }
        });
    }

    /** The endpoint of disabled metrics: 404 to everything. */
    static Future<MetricsEndpoint> notFound(Vertx vertx, MetricsSettings settings) {
        return listen(vertx, settings, MetricsEndpoint::refuse);
    }

    private static Future<MetricsEndpoint> listen(Vertx vertx, MetricsSettings settings,
                                                  Handler<HttpServerRequest> handler) {
        HostAndPort address = HostAndPort.parse(settings.listenAddress());
        return vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true))
                .requestHandler(handler)
                .listen(address.port(), address.host())
                .map(MetricsEndpoint::new);
    }

    private static void refuse(HttpServerRequest request) {
        request.response().setStatusCode(404).putHeader("Content-Type", "text/plain").end("not found\n");
    }

    private static void scrape(Vertx vertx, HttpServerRequest request, PrometheusScrape scrape) {
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
