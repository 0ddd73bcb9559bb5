package io.llmim.adapter.http;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.domain.MetricsPort;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console in a real browser (headless chromium) against the API on loopback, with a token
 * configured: sign-in, the live list, moves by button and by keyboard, the phone width, and the
 * API's problem messages next to the field. Each test saves a screenshot under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    private static final String TOKEN = "s3cret-console-token";
    private static final Duration LIVE = Duration.ofSeconds(2);

    private ApiServer api;
    private Chromium chromium;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        chromium = new Chromium();
        browser = chromium.driver;
        api = new ApiServer(new HttpApiSettings(64 * 1024, Set.of(TOKEN), 8), MetricsPort.noOp(),
                new RecordingHttpMetrics(), List.of(), Map.of("Authorization", "Bearer " + TOKEN));
    }

    @AfterAll
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @BeforeEach
    void desktopWidth() {
        browser.manage().window().setSize(new Dimension(1200, 900));
    }

    @Test
    void signing_in_with_a_token_opens_the_console_and_keeps_the_token_out_of_reach() {
        browser.manage().deleteAllCookies();
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");

        browser.findElement(By.id("token")).sendKeys("not-the-token");
        submit(By.id("sign-in"));
        assertThat(browser.findElement(By.id("token-error")).getText()).isEqualTo("token: is not one of the configured tokens");
        chromium.screenshot("sign-in-refused");

        browser.findElement(By.id("token")).sendKeys(TOKEN);
        submit(By.id("sign-in"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Incidents");
        assertThat(browser.getCurrentUrl()).doesNotContain(TOKEN);
        assertThat(script("return document.cookie")).as("HttpOnly: no script reads the session").isEqualTo("");
        assertThat(browser.findElements(By.id("sign-out"))).hasSize(1);
    }

    @Test
    void an_incident_reported_through_the_api_appears_in_the_open_list_without_reload() {
        signIn();
        open("/?state=NEW");
        awaitLive();
        script("document.body.setAttribute('data-not-reloaded', 'yes')");

        String id = report("live " + UUID.randomUUID());

        await().atMost(LIVE).until(() -> !browser.findElements(rowOf(id)).isEmpty());
        assertThat(script("return document.body.getAttribute('data-not-reloaded')")).isEqualTo("yes");
        assertThat(browser.findElement(By.id("filter-state")).getAttribute("value")).isEqualTo("NEW");
        chromium.screenshot("incidents");
    }

    @Test
    void acknowledging_by_button_moves_the_incident_and_removes_the_button() {
        signIn();
        String id = report("button " + UUID.randomUUID());
        open("/incidents/" + id);

        submit(By.cssSelector("#move-acknowledge button"));

        assertThat(browser.findElement(By.id("incident-state")).getText()).isEqualTo("State ACKNOWLEDGED");
        assertThat(browser.findElements(By.id("move-acknowledge"))).isEmpty();
        assertThat(stateThroughTheApi(id)).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void acknowledging_by_keyboard_takes_the_selected_row() {
        signIn();
        String id = report("keyboard " + UUID.randomUUID());
        open("/?state=NEW");
        WebElement body = browser.findElement(By.tagName("body"));

        body.sendKeys("j");
        assertThat(browser.findElement(By.cssSelector("li.incident.selected")).getAttribute("data-id")).isEqualTo(id);
        browser.findElement(By.tagName("body")).sendKeys("a");

        await().atMost(LIVE).until(() -> stateThroughTheApi(id).equals("ACKNOWLEDGED"));
        await().atMost(LIVE).until(() -> browser.getCurrentUrl().contains("state=NEW"));
    }

    @Test
    void slash_jumps_to_the_title_search() {
        signIn();
        open("/");

        browser.findElement(By.tagName("body")).sendKeys("/");

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("title-filter");
    }

    @Test
    void resolving_with_a_note_shows_it_on_the_timeline() {
        signIn();
        String id = report("resolve " + UUID.randomUUID());
        open("/incidents/" + id);

        browser.findElement(By.id("resolve-note")).sendKeys("rolled back the deploy");
        browser.findElement(By.id("resolve-root-cause")).sendKeys("bad deploy");
        submit(By.cssSelector("#move-resolve button"));

        assertThat(browser.findElement(By.id("incident-state")).getText()).isEqualTo("State RESOLVED");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("RESOLVED").contains("rolled back the deploy");
        assertThat(browser.findElement(By.id("root-cause")).getText()).isEqualTo("bad deploy");
        chromium.screenshot("incident-resolved");
    }

    @Test
    void only_the_moves_the_state_allows_have_buttons() {
        signIn();
        String id = report("moves " + UUID.randomUUID());
        open("/incidents/" + id);

        assertThat(browser.findElements(By.cssSelector("form[id^=move-]"))).extracting(e -> e.getAttribute("id"))
                .containsExactlyInAnyOrder("move-acknowledge", "move-start", "move-resolve", "move-analysis", "move-silence");
        assertThat(browser.findElements(By.id("move-close"))).isEmpty();
        assertThat(browser.findElements(By.id("move-reopen"))).isEmpty();
        chromium.screenshot("incident-new");
    }

    @Test
    void a_change_made_by_someone_else_appears_on_the_incident_page_without_reload() {
        signIn();
        String id = report("elsewhere " + UUID.randomUUID());
        open("/incidents/" + id);
        awaitLive();

        api.post("/v1/incidents/" + id + "/start");

        // Read in one script: the live refresh may swap the element between a find and a read.
        await().atMost(Duration.ofSeconds(5)).until(() -> "State IN_PROGRESS".equals(
                script("return document.getElementById('incident-state').textContent.trim()")));
    }

    @Test
    void bad_input_shows_the_apis_message_next_to_the_field() {
        signIn();
        open("/");
        browser.findElement(By.cssSelector("#report summary")).click();

        browser.findElement(By.id("report-source")).sendKeys("console-test");
        browser.findElement(By.id("report-title")).sendKeys("   ");
        submit(By.id("report-submit"));

        assertThat(browser.findElement(By.id("report-title-error")).getText())
                .isEqualTo("title: is required and must not be blank");
        assertThat(browser.findElement(By.id("report-source")).getAttribute("value")).isEqualTo("console-test");
        chromium.screenshot("report-refused");
    }

    @Test
    void at_phone_width_no_page_scrolls_sideways() {
        signIn();
        String id = report("a long title at phone width " + "x".repeat(120));
        browser.manage().window().setSize(new Dimension(360, 800));

        for (String path : List.of("/", "/overview", "/incidents/" + id, "/silences", "/sign-in")) {
            open(path);
            assertThat((Long) script("return window.innerWidth")).as("viewport width").isLessThanOrEqualTo(360L);
            assertThat((Boolean) script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as(path + " scrolls sideways").isTrue();
        }
        open("/");
        chromium.screenshot("incidents-360px");
    }

    @Test
    void a_dead_job_is_retried_from_the_jobs_page() {
        signIn();
        api.jobs.enqueue(new Job.NewJob(JobType.NOTIFICATION, JobQueue.STANDARD, Map.of("webhook", "oncall"),
                api.clock.instant(), null));
        api.jobs.bury(api.jobs.claimNext(JobQueue.STANDARD, api.clock.instant(), Duration.ofMinutes(1)).orElseThrow(),
                "timeout: oncall did not answer");
        open("/jobs");
        assertThat(browser.findElement(By.id("dead-jobs")).getText()).contains("timeout: oncall did not answer");
        chromium.screenshot("jobs");

        submit(By.cssSelector("#dead-jobs form.retry button"));

        assertThat(browser.findElements(By.id("no-dead-jobs"))).hasSize(1);
        assertThat(api.jobs.list(JobStatus.QUEUED, 10)).isNotEmpty();
    }

    @Test
    void one_click_silences_an_incident_which_then_shows_as_held_and_listed() {
        signIn();
        String id = reportLabelled("silence me");
        open("/incidents/" + id);

        submit(By.cssSelector("#move-silence button"));

        WebElement hold = browser.findElement(By.cssSelector("#held-by a.hold[data-reason='silenced']"));
        String silence = hold.getText();
        chromium.screenshot("incident-silenced");
        submit(By.cssSelector("#held-by a.hold"));
        assertThat(browser.findElement(By.id("silence-" + silence)).getText()).contains("State active", id);
        chromium.screenshot("silences");
    }

    @Test
    void expiring_a_silence_releases_the_incident_it_held() {
        signIn();
        String id = reportLabelled("expire me");
        open("/incidents/" + id);
        submit(By.cssSelector("#move-silence button"));
        String silence = browser.findElement(By.cssSelector("#held-by a.hold")).getText();
        open("/silences");

        submit(By.cssSelector("#silence-" + silence + " form.expire button"));

        assertThat(browser.findElement(By.id("silence-" + silence)).getText()).contains("State expired");
        assertThat(browser.findElements(By.cssSelector("#silence-" + silence + " form.expire"))).isEmpty();
        open("/incidents/" + id);
        assertThat(browser.findElement(By.id("held-by")).getText()).doesNotContain(silence);
    }

    @Test
    void a_maintenance_window_is_deleted_from_the_silences_page() {
        signIn();
        ApiServer.Reply created = api.post("/v1/maintenance-windows", """
                {"name": "sunday rollouts", "matchers": ["service=chat"], "time_intervals": [{"weekdays": ["sunday"]}]}""");
        assertThat(created.status()).isEqualTo(201);
        String window = created.json().get("id").asText();
        open("/silences");
        assertThat(browser.findElement(By.id("window-" + window)).getText()).contains("sunday rollouts");
        chromium.screenshot("maintenance-windows");

        submit(By.cssSelector("#window-" + window + " form.delete button"));

        assertThat(browser.findElements(By.id("window-" + window))).isEmpty();
        assertThat(api.get("/v1/maintenance-windows/" + window).status()).isEqualTo(404);
    }

    @Test
    void the_overview_shows_an_acknowledged_incidents_severity_and_its_mean_time_to_acknowledge() {
        signIn();
        String id = report("overview " + UUID.randomUUID(), "P0", "{}");
        api.clock.advance(Duration.ofSeconds(90));
        assertThat(api.post("/v1/incidents/" + id + "/acknowledge").status()).isEqualTo(200);

        open("/overview");

        assertThat(browser.findElement(By.id("active-P0")).getText()).isEqualTo("P0: 1 active");
        assertThat(browser.findElement(By.id("mtta")).getText()).isNotEqualTo("no data").matches("\\d.*");
        chromium.screenshot("overview");
    }

    @Test
    void the_overview_refreshes_itself_without_reload() {
        signIn();
        open("/overview");
        script("document.body.setAttribute('data-not-reloaded', 'yes')");
        String before = browser.findElement(By.id("active-P2")).getText();

        report("overview refresh " + UUID.randomUUID(), "P2", "{}");

        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElement(By.id("active-P2")).getText().equals(before));
        assertThat(script("return document.body.getAttribute('data-not-reloaded')")).isEqualTo("yes");
    }

    @Test
    void the_lists_counts_show_and_a_click_narrows_the_filter_to_their_state() {
        signIn();
        report("counted " + UUID.randomUUID());
        open("/");
        assertThat(browser.findElement(By.id("count-state-NEW")).getText()).matches("NEW: [1-9]\\d*");
        chromium.screenshot("incident-counts");

        submit(By.id("count-state-NEW"));

        assertThat(browser.getCurrentUrl()).endsWith("/?state=NEW");
        assertThat(browser.findElement(By.id("filter-state")).getAttribute("value")).isEqualTo("NEW");
        assertThat(browser.findElements(By.cssSelector("li.incident .state")))
                .isNotEmpty().allMatch(state -> state.getText().equals("NEW"));
    }

    @Test
    void a_maintenance_window_created_by_form_is_listed() {
        signIn();
        String name = "weekend rollouts " + UUID.randomUUID();
        open("/silences");
        browser.findElement(By.cssSelector("#create-window summary")).click();

        fillWindow(Map.of("name", name, "matchers", "service=\"chat\"", "weekdays", "saturday, sunday",
                "start_time", "22:00", "end_time", "24:00", "location", "Europe/Paris"));
        submit(By.id("window-submit"));

        WebElement window = browser.findElements(By.cssSelector("#windows li.incident")).stream()
                .filter(row -> row.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + browser.findElement(By.tagName("main")).getText()));
        assertThat(window.getText()).contains("{service=\"chat\"}", "1 time intervals", "by console");
        chromium.screenshot("maintenance-window-created");
    }

    @Test
    void a_bad_maintenance_window_shows_the_problem_next_to_its_field() {
        signIn();
        open("/silences");
        browser.findElement(By.cssSelector("#create-window summary")).click();

        fillWindow(Map.of("name", "bad days", "matchers", "service=chat", "weekdays", "someday"));
        submit(By.id("window-submit"));

        assertThat(browser.findElement(By.id("window-weekdays-error")).getText())
                .isEqualTo("weekdays: someday is not a valid weekday");
        assertThat(browser.findElement(By.id("window-name")).getAttribute("value")).isEqualTo("bad days");
        chromium.screenshot("maintenance-window-refused");
    }

    private void fillWindow(Map<String, String> fields) {
        fields.forEach((field, value) -> browser.findElement(By.id("window-" + field)).sendKeys(value));
    }

    private void signIn() {
        if (browser.manage().getCookieNamed(SessionCookie.NAME) == null) {
            open("/sign-in");
            browser.findElement(By.id("token")).sendKeys(TOKEN);
            submit(By.id("sign-in"));
        }
    }

    /** Clicks a button that submits a form, and waits until the browser shows the page it led to. */
    private void submit(By button) {
        script("window.llmimPageBeforeSubmit = true");
        browser.findElement(button).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(script(
                "return window.llmimPageBeforeSubmit === undefined && document.readyState === 'complete'")));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + api.port() + path);
    }

    private void awaitLive() {
        await().atMost(Duration.ofSeconds(5)).until(() -> "open".equals(script("return document.body.getAttribute('data-live')")));
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String report(String title) {
        return report(title, "{}");
    }

    private String report(String title, String labels) {
        return report(title, "P1", labels);
    }

    private String report(String title, String severity, String labels) {
        ApiServer.Reply reply = api.post("/v1/incidents", "{\"source\": \"console-test\", \"title\": \"" + title
                + "\", \"severity\": \"" + severity + "\", \"labels\": " + labels + "}");
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    /** An incident with a label of its own, so that a silence of its labels holds it and no other incident. */
    private String reportLabelled(String title) {
        return report(title, "{\"service\": \"" + UUID.randomUUID() + "\"}");
    }

    private String stateThroughTheApi(String id) {
        return api.send(HttpMethod.GET, "/v1/incidents/" + id, null, null, Map.of()).json().get("state").asText();
    }

    private static By rowOf(String id) {
        return By.cssSelector("li.incident[data-id='" + id + "']");
    }
}
