package io.llmim.adapter.http;

import io.llmim.application.port.in.BearerTokens;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.util.Set;

/** Lets a request through only with {@code Authorization: Bearer <one of the configured tokens>}. */
final class BearerTokenAuthentication {

    private final BearerTokens tokens;

    BearerTokenAuthentication(Set<String> tokens) {
        this.tokens = new BearerTokens(tokens);
    }

    void authenticate(RoutingContext ctx) {
        if (admits(ctx.request())) {
            ctx.next();
        } else {
            ctx.fail(401);
        }
    }

    boolean admits(HttpServerRequest request) {
        return tokens.admit(request.getHeader("Authorization"));
    }
}
