package io.llmim.adapter.http;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests the HTTP codec refuses are answered like every other client error: status and problem+json. */
class HostileHttpTest {

    private static final String EVENT = "{\"source\":\"s\",\"title\":\"t\"}";

    @AutoClose
    private final ApiServer api = ApiServer.open();

    // The codec's answers are part of the contract too: every operation declares 400, 414, 431 and 505.
    private ApiServer.Reply send(String request) {
        ApiServer.Reply reply = RawHttp.exchange(api.port(), request);
        String[] requestLine = request.substring(0, request.indexOf("\r\n")).split(" ");
        ApiContract.check(HttpMethod.valueOf(requestLine[0]), requestLine[1], reply);
        return reply;
    }

    private static void assertProblem(ApiServer.Reply response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void an_invalid_chunk_size_is_400() {
        ApiServer.Reply response = send("POST /v1/incidents HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + EVENT + "\r\n0\r\n\r\n");

        assertProblem(response, 400);
    }

    @Test
    void an_http_1_1_request_without_host_is_400() {
        assertProblem(send("GET /v1/incidents HTTP/1.1\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void an_unknown_http_version_is_505() {
        assertProblem(send("GET /v1/incidents HTTP/9.9\r\nHost: h\r\nConnection: close\r\n\r\n"), 505);
    }

    @Test
    void a_lowercase_http_version_is_505() {
        assertProblem(send("GET /v1/incidents http/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"), 505);
    }

    @Test
    void a_five_kilobyte_url_is_414() {
        assertProblem(send("GET /v1/incidents?source=" + "a".repeat(5 * 1024) + " HTTP/1.1\r\nHost: h\r\n\r\n"), 414);
    }

    @Test
    void a_seventy_kilobyte_header_is_431() {
        assertProblem(send("GET /v1/incidents HTTP/1.1\r\nHost: h\r\nX-Big: " + "a".repeat(70 * 1024) + "\r\n\r\n"), 431);
    }

    @Test
    void content_length_with_transfer_encoding_is_400() {
        assertProblem(send("POST /v1/incidents HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"), 400);
    }

    @Test
    void a_control_byte_in_a_header_is_400() {
        assertProblem(send("GET /v1/incidents HTTP/1.1\r\nHost: h\r\nX-Evil: a\u0001b\r\n\r\n"), 400);
    }

    @Test
    void an_unknown_method_is_answered_with_a_problem() {
        ApiServer.Reply response = send("BREW /v1/incidents HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");

        assertProblem(response, 405);
    }
}
