package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.in.MaintenanceWindowNotFoundException;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.domain.IllegalTransitionException;
import io.llmim.domain.InvalidIncidentDataException;
import io.vertx.core.http.HttpServerResponse;

/**
 * An RFC 9457 problem detail, and the one place that decides which failure becomes which status.
 * Validation problems carry the offending {@code field}; nothing internal is ever sent.
 */
public record Problem(String type, String title, int status, String detail, String field) {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:llmim:problem:";

    static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null);
    }

    static Problem invalidField(String field, String detail) {
        return new Problem(TYPE_PREFIX + "invalid-request", "Invalid request", 400, detail, field);
    }

    /** The problem for a failure thrown while handling a request. */
    public static Problem from(Throwable failure) {
        if (failure instanceof InvalidRequestException e) {
            return invalidField(e.field(), e.getMessage());
        }
        if (failure instanceof InvalidIncidentDataException e) {
            return invalidField(e.field(), e.getMessage());
        }
        if (failure instanceof JsonBody.UnsupportedMediaTypeException) {
            return forStatus(415);
        }
        if (failure instanceof IncidentHandlers.NoSuchResourceException e) {
            return of(404, "not-found", "Incident not found", e.getMessage());
        }
        if (failure instanceof IncidentNotFoundException e) {
            return of(404, "not-found", "Incident not found", e.getMessage());
        }
        if (failure instanceof MaintenanceWindowNotFoundException e) {
            return of(404, "not-found", "Maintenance window not found", e.getMessage());
        }
        if (failure instanceof IllegalTransitionException e) {
            return of(409, "illegal-transition", "Illegal state transition", e.getMessage());
        }
        if (failure instanceof ConcurrentUpdateException e) {
            return of(409, "conflict", "Conflicting update", e.getMessage());
        }
        if (failure instanceof StoreUnavailableException) {
            return of(503, "unavailable", "Service unavailable", "the store is unavailable; retry later");
        }
        return of(500, "internal", "Internal server error", "the server failed; the failure was logged");
    }

    /** The problem for a status Vert.x Web decided (no route, wrong method, body too large, ...). */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> of(400, "bad-request", "Bad request", "the request could not be read");
            case 401 -> of(401, "unauthorized", "Unauthorized", "a valid bearer token is required");
            case 403 -> of(403, "forbidden", "Forbidden", "a signed-in request that changes state must come from this server's pages");
            case 404 -> of(404, "no-such-resource", "Not found", "no such resource");
            case 405 -> of(405, "method-not-allowed", "Method not allowed", "this resource does not support that method");
            case 413 -> of(413, "payload-too-large", "Payload too large", "the request body exceeds the configured limit");
            case 414 -> of(414, "uri-too-long", "URI too long", "the request line exceeds the limit");
            case 415 -> of(415, "unsupported-media-type", "Unsupported media type", "send application/json");
            case 431 -> of(431, "header-fields-too-large", "Request header fields too large",
                    "the request headers exceed the limit");
            case 503 -> of(503, "unavailable", "Service unavailable", "retry later");
            case 505 -> of(505, "http-version-not-supported", "HTTP version not supported", "send HTTP/1.1");
            default -> status >= 400 && status < 500
                    ? of(status, "client-error", "Client error", "the request was refused")
                    : of(500, "internal", "Internal server error", "the server failed; the failure was logged");
        };
    }

    void send(HttpServerResponse response, ObjectMapper json) {
        if (response.headWritten()) {
            response.end();
            return;
        }
        ObjectNode body = json.createObjectNode()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (field != null) {
            body.put("field", field);
        }
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE).end(body.toString());
    }
}
