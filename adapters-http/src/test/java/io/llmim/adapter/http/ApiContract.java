package io.llmim.adapter.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.vertx.core.http.HttpMethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI document as a check on every response the tests receive: status, headers and body
 * must be what the document declares for that operation. {@link ApiServer} applies it to each
 * reply, so no test can see a response the document does not describe.
 */
final class ApiContract {

    /** The validator's keys for a request that no documented operation takes. */
    private static final Set<String> NO_OPERATION =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");
    /**
     * What the document promises a request no operation takes (its description): components/responses
     * NoSuchRoute, MethodNotAllowed and Unauthorized, or an answer to malformed HTTP (MalformedRequest,
     * UriTooLong, HeadersTooLarge, HttpVersionNotSupported).
     */
    private static final Set<Integer> NO_OPERATION_STATUSES = Set.of(400, 401, 404, 405, 414, 431, 505);
    private static final String BODY_MISSING = "validation.response.body.missing";

    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(document()).build();

    private ApiContract() {
    }

    /** The document the API serves, read from the same resource {@link IncidentApi} serves. */
    static String document() {
        try (InputStream in = IncidentApi.class.getResourceAsStream("/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with every mismatch when the reply to {@code method path} breaks the document. */
    static void check(HttpMethod method, String path, ApiServer.Reply reply) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        if (reply.body() != null) {
            response.withBody(reply.body());
        }
        reply.headers().names().forEach(name -> response.withHeader(name, reply.headers().getAll(name)));
        boolean head = method == HttpMethod.HEAD;
        // HEAD is GET without the body (RFC 9110), which OpenAPI leaves implied.
        String documentedMethod = head ? "GET" : method.name();
        if (Arrays.stream(Request.Method.values()).noneMatch(known -> known.name().equals(documentedMethod))) {
            checkNoOperation(method, path, reply);
            return;
        }
        ValidationReport report = VALIDATOR.validateResponse(withoutQuery(path),
                Request.Method.valueOf(documentedMethod), response.build());
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !(head && message.getKey().equals(BODY_MISSING)))
                .toList();
        if (!errors.isEmpty() && errors.stream().allMatch(message -> NO_OPERATION.contains(message.getKey()))) {
            checkNoOperation(method, path, reply);
            return;
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(method + " " + path + " answered " + reply.status() + " " + reply.body()
                    + ", which the OpenAPI document does not allow:\n" + errors.stream()
                    .map(message -> "  " + message.getKey() + ": " + message.getMessage())
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * What the document finds wrong with a request (none when it would accept it), as if sent with
     * a bearer token.
     */
    static List<String> requestErrors(HttpMethod method, String path, String contentType, String body) {
        ValidationReport report = VALIDATOR.validateRequest(new SimpleRequest.Builder(method.name(), path)
                .withContentType(contentType).withHeader("Authorization", "Bearer token").withBody(body).build());
        return report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage()).toList();
    }

    private static void checkNoOperation(HttpMethod method, String path, ApiServer.Reply reply) {
        boolean problem = method == HttpMethod.HEAD || Problem.CONTENT_TYPE.equals(reply.contentType())
                && reply.json().path("status").asInt() == reply.status()
                && reply.json().path("type").asText().startsWith("urn:llmim:problem:");
        if (!NO_OPERATION_STATUSES.contains(reply.status()) || !problem) {
            throw new AssertionError(method + " " + path + " is no documented operation, so it must answer a "
                    + "problem+json " + NO_OPERATION_STATUSES + " as the document says; it answered "
                    + reply.status() + " " + reply.contentType() + " " + reply.body());
        }
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
