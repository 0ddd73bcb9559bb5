package io.llmim.adapter.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The forgery check for requests a browser sends with the session cookie: a request that changes
 * state must say (Origin, or else Referer) that it comes from a page of this server. SameSite=Strict
 * already keeps the cookie off cross-site requests; this holds also where a browser does not.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** GET and HEAD change nothing, so only the other methods are checked. */
    public static boolean changesState(HttpServerRequest request) {
        return request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD;
    }

    /** Whether Origin (or, without it, Referer) names this server's scheme, host and port. */
    public static boolean admits(HttpServerRequest request) {
        // The authority the request was sent to: Host in HTTP/1.1, :authority in HTTP/2.
        io.vertx.core.net.HostAndPort host = request.authority();
        if (host == null) {
            return false;
        }
        String scheme = request.isSSL() ? "https" : "http";
        int defaultPort = request.isSSL() ? 443 : 80;
        String origin = request.getHeader("Origin");
        String claimed = origin != null ? origin : request.getHeader("Referer");
        if (claimed == null || "null".equals(claimed)) {
            return false;
        }
        try {
            URI uri = new URI(claimed);
            int claimedPort = uri.getPort() < 0 ? defaultPort : uri.getPort();
            int hostPort = host.port() < 0 ? defaultPort : host.port();
            return scheme.equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && uri.getHost().equalsIgnoreCase(host.host()) && claimedPort == hostPort;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
