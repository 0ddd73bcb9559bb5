package io.llmim.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one rule for every JSON request body, the API's and the integrations': sent as
 * {@code application/json} (415 otherwise), valid UTF-8, and exactly one JSON object (or, where an
 * API takes one, array) with nothing after it (400 otherwise, naming {@code body}); JSON
 * {@code null} counts as no body.
 */
public final class JsonBody {

    private final ObjectReader reader;

    public JsonBody(ObjectMapper json) {
        this.reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The body's JSON object; an empty body is refused. */
    public JsonNode required(RoutingContext ctx) {
        JsonNode body = optional(ctx);
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON object is required");
        }
        return body;
    }

    /**
     * The body's JSON object, or null when the request has no body. A body of JSON {@code null} is
     * no body either: clients generated from the OpenAPI document send it for an optional body left out.
     */
    public JsonNode optional(RoutingContext ctx) {
        JsonNode body = read(ctx, "object");
        if (body != null && !body.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object");
        }
        return body;
    }

    /** The body's JSON array (Alertmanager's API takes alerts as one); an empty body is refused. */
    public JsonNode requiredArray(RoutingContext ctx) {
        JsonNode body = read(ctx, "array");
        if (body == null || !body.isArray()) {
            throw new InvalidRequestException("body", "must be a JSON array");
        }
        return body;
    }

    private JsonNode read(RoutingContext ctx, String kind) {
        Buffer buffer = ctx.body().buffer();
        if (buffer == null || buffer.length() == 0) {
            return null;
        }
        if (!isJson(ctx.parsedHeaders().contentType())) {
            throw new UnsupportedMediaTypeException();
        }
        try {
            JsonNode body = reader.readTree(strictUtf8(buffer));
            return body == null || body.isNull() ? null : body;
        } catch (JacksonException e) {
            throw new InvalidRequestException("body", "is not one well-formed JSON " + kind);
        }
    }

    private static boolean isJson(MIMEHeader contentType) {
        return contentType != null && "application".equalsIgnoreCase(contentType.component())
                && "json".equalsIgnoreCase(contentType.subComponent());
    }

    // The JDK's lenient decoding would replace malformed bytes (or, in some decoders, accept an
    // overlong form such as C0 AF for '/'); a body that is not UTF-8 is refused instead.
    private static String strictUtf8(Buffer buffer) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("body", "is not valid UTF-8");
        }
    }

    /** A body that is not JSON where JSON is expected. */
    static final class UnsupportedMediaTypeException extends RuntimeException {
        UnsupportedMediaTypeException() {
            super("send application/json", null, false, false);
        }
    }
}
