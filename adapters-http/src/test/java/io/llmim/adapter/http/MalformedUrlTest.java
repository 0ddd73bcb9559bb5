package io.llmim.adapter.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A broken percent-escape is the client's mistake: 400, and no log line per request to flood with. */
class MalformedUrlTest {

    @AutoClose
    private final ApiServer api = ApiServer.open();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void start() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stop() {
        root.detachAppender(log);
    }

    @ParameterizedTest(name = "{0} {1} -> 400")
    @CsvSource({
            "GET, /v1/incidents?source=%",
            "GET, /%zz",
            "POST, /v1/incidents/%/acknowledge",
            "GET, /v1/incidents/%zz/timeline",
    })
    void a_broken_percent_escape_is_400(String method, String path) {
        ApiServer.Reply response = RawHttp.exchange(api.port(), method + " " + path
                + " HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n");
        ApiContract.check(HttpMethod.valueOf(method), path, response);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void a_flood_of_broken_escapes_logs_at_most_one_warning_and_no_error() {
        for (int i = 0; i < 20; i++) {
            api.send(HttpMethod.GET, "/v1/incidents?source=%", null, null, Map.of());
            RawHttp.exchange(api.port(), "GET /%zz HTTP/1.1\r\nHost: h\r\n\r\n");
        }

        assertThat(log.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .hasSizeLessThanOrEqualTo(1)
                .allSatisfy(event -> {
                    assertThat(event.getLevel()).isEqualTo(Level.WARN);
                    assertThat(event.getThrowableProxy()).isNull();
                });
    }
}
