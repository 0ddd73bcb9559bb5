package io.llmim.adapter.http;

import io.llmim.domain.MetricsPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's session cookie and forgery rules over plain HTTP: what sign-in sets, what the API
 * accepts with the cookie, and which cookie-authenticated requests that change state are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSessionTest {

    private static final String TOKEN = "s3cret-session-token";

    private ApiServer api;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() throws Exception {
        api = new ApiServer(new HttpApiSettings(64 * 1024, Set.of(TOKEN), 8), MetricsPort.noOp(),
                new RecordingHttpMetrics(), List.of(), Map.of("Authorization", "Bearer " + TOKEN));
    }

    @AfterAll
    void stop() throws Exception {
        api.close();
    }

    @Test
    void signing_in_sets_an_http_only_strict_cookie_with_an_expiry_and_without_the_token() throws Exception {
        HttpResponse<String> response = signIn(TOKEN);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/");
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(SessionCookie.NAME + "=").containsIgnoringCase("HttpOnly").contains("SameSite=Strict")
                .contains("Max-Age=43200").contains("Path=/").doesNotContain("Secure").doesNotContain(TOKEN);
    }

    @Test
    void a_wrong_token_signs_nobody_in() throws Exception {
        HttpResponse<String> response = signIn("guess");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("token: is not one of the configured tokens");
    }

    @Test
    void the_api_reads_with_the_session_cookie() throws Exception {
        HttpResponse<String> response = send(get("/v1/incidents").header("Cookie", session()));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void a_tampered_cookie_is_no_session() throws Exception {
        String forged = session().replaceFirst("=(\\d)", "=9");

        assertThat(send(get("/v1/incidents").header("Cookie", forged)).statusCode()).isEqualTo(401);
        assertThat(send(get("/").header("Cookie", forged)).headers().firstValue("Location")).hasValue("/sign-in");
    }

    @Test
    void a_cookie_authenticated_change_from_another_site_is_refused() throws Exception {
        HttpResponse<String> response = send(post("/v1/incidents", "{\"source\": \"s\", \"title\": \"t\"}")
                .header("Cookie", session()).header("Origin", "http://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_cookie_authenticated_change_that_names_no_origin_is_refused() throws Exception {
        HttpResponse<String> response = send(post("/v1/incidents", "{\"source\": \"s\", \"title\": \"t\"}")
                .header("Cookie", session()));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_cookie_authenticated_change_from_our_own_pages_is_accepted() throws Exception {
        HttpResponse<String> response = send(post("/v1/incidents", "{\"source\": \"s\", \"title\": \"same origin\"}")
                .header("Cookie", session()).header("Origin", origin()));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void a_console_form_from_another_site_is_refused_even_with_a_session() throws Exception {
        HttpResponse<String> response = send(form("/incidents", "source=s&title=t")
                .header("Cookie", session()).header("Referer", "http://evil.example/page"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/silences/no-such-silence/expire", "/maintenance-windows/no-such-window/delete"})
    void a_suppression_form_from_another_site_is_refused_and_from_our_pages_reaches_the_page(String path)
            throws Exception {
        String session = session();

        HttpResponse<String> foreign = send(form(path, "").header("Cookie", session)
                .header("Origin", "http://evil.example"));
        HttpResponse<String> own = send(form(path, "").header("Cookie", session).header("Origin", origin()));

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).as("an unknown id, past the gate").isEqualTo(404);
    }

    @Test
    void a_bearer_token_needs_no_origin() throws Exception {
        HttpResponse<String> response = send(post("/v1/incidents", "{\"source\": \"s\", \"title\": \"bearer\"}")
                .header("Authorization", "Bearer " + TOKEN));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void console_pages_without_a_session_send_the_browser_to_sign_in() throws Exception {
        HttpResponse<String> response = send(get("/"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/sign-in");
    }

    @Test
    void signing_out_clears_the_cookie() throws Exception {
        HttpResponse<String> response = send(form("/sign-out", "").header("Cookie", session())
                .header("Origin", origin()));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith(SessionCookie.NAME + "=;").contains("Max-Age=0");
    }

    @Test
    void webjars_are_served_from_the_jar_as_javascript_cached_for_a_year() throws Exception {
        HttpResponse<String> response = send(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        assertThat(response.body()).contains("htmx");
    }

    private HttpResponse<String> signIn(String token) throws IOException, InterruptedException {
        return send(form("/sign-in", "token=" + token).header("Origin", origin()));
    }

    private String session() throws IOException, InterruptedException {
        String setCookie = signIn(TOKEN).headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private String origin() {
        return "http://127.0.0.1:" + api.port();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(origin() + path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(origin() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(origin() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
