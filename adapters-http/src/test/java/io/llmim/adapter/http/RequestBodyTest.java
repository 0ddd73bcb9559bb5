package io.llmim.adapter.http;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule for every JSON body: exactly one UTF-8 JSON object, sent as application/json. */
class RequestBodyTest {

    private static final String EVENT = "{\"source\":\"a\",\"title\":\"b\"}";

    @AutoClose
    private final ApiServer api = ApiServer.open();

    @Test
    void trailing_bytes_after_the_json_object_are_400() {
        ApiServer.Reply reply = api.post("/v1/incidents", EVENT + " trailing");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("body");
    }

    @Test
    void a_json_null_is_no_body_where_the_body_is_optional() {
        String id = api.post("/v1/incidents", EVENT).json().get("id").asText();

        ApiServer.Reply reply = api.post("/v1/incidents/" + id + "/resolve", "null");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("state").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void a_json_null_is_no_body_where_the_body_is_required() {
        ApiServer.Reply reply = api.post("/v1/incidents", "null");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("body");
    }

    @Test
    void an_overlong_utf8_sequence_is_400() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"source\":\"a\",\"title\":\"b".getBytes(StandardCharsets.US_ASCII));
        body.write(0xC0); // C0 AF: an overlong, hence invalid, encoding of '/'
        body.write(0xAF);
        body.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("POST /v1/incidents HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.size() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(body.toByteArray());

        ApiServer.Reply response = RawHttp.exchange(api.port(), request.toByteArray());
        ApiContract.check(HttpMethod.POST, "/v1/incidents", response);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asText()).isEqualTo("body");
    }

    @ParameterizedTest(name = "{0} as application/jsonx is 415")
    @ValueSource(strings = {"/v1/incidents", "/v1/integrations/alertmanager", "/v2/enqueue"})
    void a_media_type_that_merely_starts_like_json_is_415(String path) {
        assertThat(api.send(HttpMethod.POST, path, EVENT, "application/jsonx", Map.of()).status()).isEqualTo(415);
    }

    @ParameterizedTest(name = "{0} as text/plain is 415")
    @ValueSource(strings = {"/v1/incidents", "/v1/integrations/alertmanager", "/v2/enqueue"})
    void every_json_endpoint_refuses_text_plain(String path) {
        ApiServer.Reply reply = api.send(HttpMethod.POST, path, EVENT, "text/plain", Map.of());

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void json_with_a_charset_parameter_is_accepted() {
        ApiServer.Reply reply = api.send(HttpMethod.POST, "/v1/incidents", EVENT, "application/json; charset=utf-8",
                Map.of());

        assertThat(reply.status()).isEqualTo(201);
    }
}
