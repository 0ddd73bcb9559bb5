package io.llmim.adapter.http;

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
        String header = ctx.request().getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && accepted(header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8))) {
            ctx.next();
            return;
        }
        ctx.fail(401);
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
