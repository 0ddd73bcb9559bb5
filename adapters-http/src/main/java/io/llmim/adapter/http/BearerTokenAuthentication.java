package io.llmim.adapter.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/** Lets a request through only with {@code Authorization: Bearer <one of the configured tokens>}. */
final class BearerTokenAuthentication {

    private static final String PREFIX = "Bearer ";

    private final List<byte[]> tokens;

    BearerTokenAuthentication(Set<String> tokens) {
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    void authenticate(RoutingContext ctx) {
        if (admits(ctx.request())) {
            ctx.next();
        } else {
            ctx.fail(401);
        }
    }

    boolean admits(HttpServerRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && accepted(header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    // Constant-time per token, and every token is compared, so timing reveals nothing about which matched.
    private boolean accepted(byte[] presented) {
        boolean match = false;
        for (byte[] token : tokens) {
            match |= MessageDigest.isEqual(token, presented);
        }
        return match;
    }
}
