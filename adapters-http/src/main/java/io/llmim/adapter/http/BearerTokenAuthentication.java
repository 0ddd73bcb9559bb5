package io.llmim.adapter.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * Lets a request through only with {@code Authorization: Bearer <one of the configured tokens>}, or
 * with the console's session cookie; a cookie-authenticated request that changes state must also
 * come from this server's own pages ({@link SameOrigin}), else it is refused with 403.
 */
public final class BearerTokenAuthentication {

    private static final String PREFIX = "Bearer ";

    private final List<byte[]> tokens;
    private final SessionCookie sessions;

    BearerTokenAuthentication(Set<String> tokens, SessionCookie sessions) {
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        this.sessions = sessions;
    }

    void authenticate(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (bearer(request)) {
            ctx.next();
        } else if (!sessions.validIn(request)) {
            ctx.fail(401);
        } else if (SameOrigin.changesState(request) && !SameOrigin.admits(request)) {
            ctx.fail(403);
        } else {
            ctx.next();
        }
    }

    boolean admits(HttpServerRequest request) {
        return bearer(request) || sessions.validIn(request);
    }

    /** Whether {@code token} is one of the configured tokens: the console's sign-in. */
    public boolean accepts(String token) {
        return token != null && accepted(token.strip().getBytes(StandardCharsets.UTF_8));
    }

    public SessionCookie sessions() {
        return sessions;
    }

    private boolean bearer(HttpServerRequest request) {
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
