package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocketHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers requests that are not well-formed HTTP before the router sees them, with the same
 * problem+json as every other client error: what the codec refused (414, 431, 400), an HTTP version
 * other than 1.x (505), a missing {@code Host} (400) and a broken percent-escape (400). Anyone can
 * send these, so they are never logged per request: at most one WARN a minute.
 */
final class ProtocolGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolGuard.class);
    private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);
    private static final int LOGGED_URI_CHARS = 120;

    private final ObjectMapper json;
    private final AtomicLong nextWarningNanos = new AtomicLong(System.nanoTime());

    ProtocolGuard(ObjectMapper json) {
        this.json = json;
    }

    /** For {@code HttpServer.invalidRequestHandler}: the codec could not read the request head. */
    void invalidRequest(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        int status = cause instanceof TooLongHttpLineException ? 414
                : cause instanceof TooLongHttpHeaderException ? 431 : 400;
        refuse(request, Problem.forStatus(status));
    }

    /**
     * For {@code HttpServer.webSocketHandshakeHandler}. The API has no WebSocket; the handler is set
     * because without one Vert.x answers an unknown HTTP version itself, 501 with no body, before
     * {@link #inFrontOf} can answer 505.
     */
    void refuseWebSocket(ServerWebSocketHandshake handshake) {
        handshake.reject(404);
    }

    /** The request handler: the router, behind the checks the router cannot make. */
    Handler<HttpServerRequest> inFrontOf(Handler<HttpServerRequest> router) {
        return request -> {
            if (request.version() == null) {
                refuse(request, Problem.forStatus(505));
            } else if (request.authority() == null) {
                refuse(request, Problem.of(400, "bad-request", "Bad request", "a Host header is required"));
            } else if (!wellEscaped(request.uri())) {
                warnOfMalformedUri(request);
                refuse(request, Problem.of(400, "bad-request", "Bad request", "the URL has a broken percent-escape"));
            } else {
                router.handle(request);
            }
        };
    }

    // The connection is closed: after a request the codec could not frame, the next bytes cannot be trusted.
    private void refuse(HttpServerRequest request, Problem problem) {
        request.response().putHeader("Connection", "close").endHandler(ended -> request.connection().close());
        problem.send(request.response(), json);
    }

    private static boolean wellEscaped(String uri) {
        if (uri.indexOf('%') < 0) {
            return true; // nothing to decode: most requests never pay for the check
        }
        try {
            URLDecoder.decode(uri, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void warnOfMalformedUri(HttpServerRequest request) {
        long now = System.nanoTime();
        long next = nextWarningNanos.get();
        if (now - next >= 0 && nextWarningNanos.compareAndSet(next, now + WARNING_INTERVAL.toNanos())) {
            String uri = request.uri();
            LOG.warn("Refused {} {} from {}: broken percent-escape (400); further ones are not logged for {} s",
                    request.method(), uri.length() > LOGGED_URI_CHARS ? uri.substring(0, LOGGED_URI_CHARS) + "..." : uri,
                    request.remoteAddress(), WARNING_INTERVAL.toSeconds());
        }
    }
}
