package io.llmim.adapter.http;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's figures over plain HTTP, without a browser: the overview page and its polled
 * fragment, and the counts fragment of the incidents list.
 */
class ConsoleFiguresTest {

    @AutoClose
    final ApiServer api = ApiServer.open();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_overview_shows_active_incidents_by_severity_and_the_mean_time_to_acknowledge_in_words() throws Exception {
        String id = report("overview", "P0");
        api.clock.advance(Duration.ofMinutes(4).plusSeconds(12));
        assertThat(api.post("/v1/incidents/" + id + "/acknowledge").status()).isEqualTo(200);

        HttpResponse<String> page = get("/overview");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Overview</h1>", "P0: 1 active", "P3: 0 active",
                "<dd id=\"mtta\">4 min 12 s</dd>", "<dd id=\"mttr\">no data</dd>");
    }

    @Test
    void with_nothing_answered_and_no_model_the_overview_says_so() throws Exception {
        String figures = get("/overview/figures").body();

        assertThat(figures).contains("<dd id=\"mtta\">no data</dd>", "no model configured",
                "standard: 0 waiting, oldest waited 0 s").doesNotContain("<html");
    }

    @Test
    void the_counts_fragment_counts_incidents_per_state_and_severity_with_links_narrowing_the_filter() throws Exception {
        report("one", "P1");
        report("two", "P1");
        report("three", "P2");

        String counts = get("/incidents/counts?source=console-test").body();

        assertThat(counts).contains("href=\"/?state=NEW&amp;source=console-test\" id=\"count-state-NEW\">NEW: 3</a>",
                "id=\"count-severity-P1\">P1: 2</a>", "id=\"count-severity-P2\">P2: 1</a>", "RESOLVED: 0");
    }

    private String report(String title, String severity) {
        ApiServer.Reply reply = api.post("/v1/incidents", "{\"source\": \"console-test\", \"title\": \"" + title
                + "\", \"severity\": \"" + severity + "\"}");
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
