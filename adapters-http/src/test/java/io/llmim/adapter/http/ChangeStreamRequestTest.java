package io.llmim.adapter.http;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code GET /v1/events} refuses before it streams anything, and what it answers HEAD with. */
class ChangeStreamRequestTest {

    @AutoClose
    final ApiServer api = ApiServer.open();

    @ParameterizedTest
    @CsvSource({
            "severity=P9, severity",
            "state=SLEEPING, state",
            "severity=P1&last_event_id=yesterday, last_event_id",
            "last_event_id=-3, last_event_id",
    })
    void an_invalid_filter_or_position_is_refused_by_name(String query, String parameter) {
        ApiServer.Reply reply = api.get("/v1/events?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo(parameter);
    }

    @Test
    void an_invalid_last_event_id_header_is_refused_by_name() {
        ApiServer.Reply reply = api.send(HttpMethod.GET, "/v1/events", null, null, Map.of("Last-Event-ID", "x"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("last_event_id");
    }

    @Test
    void head_names_the_stream_type_without_opening_a_stream() {
        ApiServer.Reply reply = api.send(HttpMethod.HEAD, "/v1/events", null, null, Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().get("Content-Type")).isEqualTo("text/event-stream");
    }
}
