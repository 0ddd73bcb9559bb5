package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/maintenance-windows}: create, list, read, replace and delete, with field-named refusals. */
class MaintenanceWindowApiTest {

    // The API's clock stands at Wednesday 2026-07-01 08:00 UTC.
    private static final String WEEKDAY_MORNINGS = """
            {"name": "weekday mornings", "matchers": ["service=\\"chat\\"", "env=~\\"prod|staging\\""],
             "time_intervals": [{"weekdays": ["monday:friday"], "times": [{"start_time": "07:00", "end_time": "09:00"}],
                                 "location": "UTC"}],
             "comment": "rollouts"}""";
    private static final String SUNDAYS = """
            {"name": "sundays", "matchers": ["service=chat"], "time_intervals": [{"weekdays": ["sunday"]}]}""";

    @AutoClose
    final ApiServer api = ApiServer.open();

    private ApiServer.Reply put(String path, String body) {
        return api.send(HttpMethod.PUT, path, body, "application/json", Map.of());
    }

    private ApiServer.Reply delete(String path) {
        return api.send(HttpMethod.DELETE, path, null, null, Map.of());
    }

    private String created(String body) {
        return api.post("/v1/maintenance-windows", body).json().get("id").asText();
    }

    @Test
    void a_created_window_is_201_with_its_location_and_reads_back_as_sent() {
        ApiServer.Reply reply = api.send(HttpMethod.POST, "/v1/maintenance-windows", WEEKDAY_MORNINGS,
                "application/json", Map.of("X-Actor", "alice"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode window = reply.json();
        assertThat(reply.headers().get("Location")).isEqualTo("/v1/maintenance-windows/" + window.get("id").asText());
        assertThat(api.get("/v1/maintenance-windows/" + window.get("id").asText()).json()).isEqualTo(window);
        assertThat(window.get("matchers").toString()).isEqualTo("[\"service=\\\"chat\\\"\",\"env=~\\\"prod|staging\\\"\"]");
        assertThat(window.get("time_intervals").get(0).toString()).isEqualTo("{\"times\":[{\"start_time\":\"07:00\","
                + "\"end_time\":\"09:00\"}],\"weekdays\":[\"monday:friday\"],\"days_of_month\":[],\"months\":[],"
                + "\"years\":[],\"location\":\"UTC\"}");
        assertThat(window.get("created_by").asText()).isEqualTo("alice");
        assertThat(window.get("active").asBoolean()).isTrue();
    }

    @Test
    void the_list_holds_every_window_and_active_at_keeps_those_on_then() {
        String mornings = created(WEEKDAY_MORNINGS);
        String sundays = created(SUNDAYS);

        JsonNode all = api.get("/v1/maintenance-windows").json().get("items");
        JsonNode onSunday = api.get("/v1/maintenance-windows?active_at=2026-07-05T12:00:00Z").json().get("items");

        assertThat(all).extracting(w -> w.get("id").asText()).containsExactlyInAnyOrder(mornings, sundays);
        assertThat(onSunday).extracting(w -> w.get("id").asText()).containsExactly(sundays);
    }

    @Test
    void a_replaced_window_keeps_its_id_and_takes_the_new_definition() {
        String id = created(WEEKDAY_MORNINGS);

        ApiServer.Reply reply = put("/v1/maintenance-windows/" + id, SUNDAYS);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.get("/v1/maintenance-windows/" + id).json().get("name").asText()).isEqualTo("sundays");
    }

    @Test
    void an_interval_without_a_location_is_in_utc() {
        JsonNode window = api.post("/v1/maintenance-windows", SUNDAYS).json();

        assertThat(window.get("time_intervals").get(0).get("location").asText()).isEqualTo("UTC");
    }

    @Test
    void a_deleted_window_is_204_and_then_404() {
        String id = created(WEEKDAY_MORNINGS);

        assertThat(delete("/v1/maintenance-windows/" + id).status()).isEqualTo(204);
        assertThat(api.get("/v1/maintenance-windows/" + id).status()).isEqualTo(404);
        assertThat(delete("/v1/maintenance-windows/" + id).status()).isEqualTo(404);
    }

    @Test
    void an_unknown_or_malformed_id_is_404_problem() {
        ApiServer.Reply unknown = api.get("/v1/maintenance-windows/6f1d3c9a-2b4e-4c8f-9a7d-1e2f3a4b5c6d");
        ApiServer.Reply malformed = put("/v1/maintenance-windows/not-an-id", SUNDAYS);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(malformed.status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "\"times\": [{\"start_time\": \"25:00\", \"end_time\": \"26:00\"}]        | time_intervals[0].times[0].start_time | couldn't parse timestamp 25:00, invalid format",
            "\"times\": [{\"start_time\": \"10:00\", \"end_time\": \"09:00\"}]        | time_intervals[0].times[0]            | start time cannot be equal or greater than end time",
            "\"times\": [{\"start_time\": \"10:00\"}]                                  | time_intervals[0].times[0]            | both start and end times must be provided",
            "\"weekdays\": [\"monday\", \"funday\"]                                     | time_intervals[0].weekdays[1]         | funday is not a valid weekday",
            "\"days_of_month\": [\"0\"]                                                | time_intervals[0].days_of_month[0]    | 0 is not a valid day of the month: out of range",
            "\"months\": [\"december:january\"]                                        | time_intervals[0].months[0]           | end month january is before start month december",
            "\"years\": [\"2028:2026\"]                                                | time_intervals[0].years[0]            | end year 2026 is before start year 2028",
            "\"location\": \"Mars/Olympus_Mons\"                                       | time_intervals[0].location            | unknown time zone Mars/Olympus_Mons",
            "\"weekdays\": \"monday\"                                                  | time_intervals[0].weekdays            | must be an array",
    })
    void an_invalid_interval_is_400_naming_the_field(String field, String path, String reason) {
        ApiServer.Reply reply = api.post("/v1/maintenance-windows",
                "{\"name\": \"w\", \"matchers\": [\"service=chat\"], \"time_intervals\": [{" + field + "}]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo(path);
        assertThat(reply.json().get("detail").asText()).isEqualTo(path + ": " + reason);
        assertThat(api.get("/v1/maintenance-windows").json().get("items")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"matchers\": [\"service=chat\"], \"time_intervals\": [{}]}                  | name",
            "{\"name\": \"w\", \"matchers\": [], \"time_intervals\": [{}]}                  | matchers",
            "{\"name\": \"w\", \"matchers\": [\"service=~\\\"(\\\"\"], \"time_intervals\": [{}]} | matchers[0]",
            "{\"name\": \"w\", \"matchers\": [\"no operator\"], \"time_intervals\": [{}]}   | matchers[0]",
            "{\"name\": \"w\", \"matchers\": [\"service=chat\"], \"time_intervals\": []}    | time_intervals",
            "{\"name\": \"w\", \"matchers\": [\"service=chat\"]}                            | time_intervals",
    })
    void an_invalid_window_is_400_naming_the_field(String body, String field) {
        ApiServer.Reply reply = api.post("/v1/maintenance-windows", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
    }

    @Test
    void a_malformed_active_at_is_400_naming_it() {
        ApiServer.Reply reply = api.get("/v1/maintenance-windows?active_at=yesterday");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").asText()).isEqualTo("active_at");
    }
}
