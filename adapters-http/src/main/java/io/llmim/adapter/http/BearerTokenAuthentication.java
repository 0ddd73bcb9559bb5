package io.llmim.adapter.http;

import io.llmim.application.port.in.BearerTokens;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.util.Set;

/**
 * Lets a request through only with {@code Authorization: Bearer <one of the configured tokens>}, or
 * with the console's session cookie; a cookie-authenticated request that changes state must also
 * come from this server's own pages ({@link SameOrigin}), else it is refused with 403.
 */
public final class BearerTokenAuthentication {

    private final BearerTokens tokens;
    private final SessionCookie sessions;

    BearerTokenAuthentication(Set<String> tokens, SessionCookie sessions) {
        this.tokens = new BearerTokens(tokens);
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
        return tokens.accepts(token);
    }

    public SessionCookie sessions() {
        return sessions;
    }

    private boolean bearer(HttpServerRequest request) {
        return tokens.admit(request.getHeader("Authorization"));
    }
}
