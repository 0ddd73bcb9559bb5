package io.llmim.adapter.http.console;

import io.llmim.adapter.http.BearerTokenAuthentication;
import io.llmim.adapter.http.SameOrigin;
import io.vertx.ext.web.RoutingContext;

/**
 * Sign-in takes a configured token once, in a form post body (never a URL), and answers with the
 * signed session cookie; the token is neither stored nor logged. Sign-out clears the cookie.
 */
final class SignInPage {

    private final BearerTokenAuthentication authentication;
    private final ConsoleView view;

    SignInPage(BearerTokenAuthentication authentication, ConsoleView view) {
        this.authentication = authentication;
        this.view = view;
    }

    void form(RoutingContext ctx) {
        show(ctx, 200, null);
    }

    void submit(RoutingContext ctx) {
        if (!SameOrigin.admits(ctx.request())) {
            ctx.fail(403);
        } else if (authentication.accepts(ctx.request().getFormAttribute("token"))) {
            ctx.response().addCookie(authentication.sessions().issue(ctx.request()));
            view.seeOther(ctx, "/");
        } else {
            show(ctx, 401, "token: is not one of the configured tokens");
        }
    }

    void signOut(RoutingContext ctx) {
        ctx.response().addCookie(authentication.sessions().cleared(ctx.request()));
        view.seeOther(ctx, "/sign-in");
    }

    private void show(RoutingContext ctx, int status, String tokenError) {
        view.html(ctx, status, "sign-in.jte", new SignInView(view.chrome("Sign in", "sign-in"), tokenError));
    }
}
