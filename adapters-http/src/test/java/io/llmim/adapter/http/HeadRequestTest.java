package io.llmim.adapter.http;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** HEAD answers like GET, headers and all, without the body (RFC 9110 §9.3.2). */
class HeadRequestTest {

    @AutoClose
    private final ApiServer api = ApiServer.open();

    @ParameterizedTest(name = "HEAD {0}")
    @ValueSource(strings = {"/health", "/ready", "/openapi.yaml", "/v1/incidents", "/v1/jobs"})
    void head_on_a_get_route_answers_the_gets_status_and_headers_without_a_body(String path) {
        ApiServer.Reply get = api.get(path);

        ApiServer.Reply head = api.send(HttpMethod.HEAD, path, null, null, Map.of());

        assertThat(head.status()).isEqualTo(get.status()).isEqualTo(200);
        assertThat(head.contentType()).isEqualTo(get.contentType());
        assertThat(head.body()).isNull();
    }
}
