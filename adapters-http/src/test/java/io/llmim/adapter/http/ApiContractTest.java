package io.llmim.adapter.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check every test reply goes through refuses what the document does not declare. */
class ApiContractTest {

    private static final String PROBLEM_404 = """
            {"type": "urn:llmim:problem:not-found", "title": "Incident not found", "status": 404,
             "detail": "no incident"}""";

    private static ApiServer.Reply reply(int status, String contentType, String body) {
        return new ApiServer.Reply(status, MultiMap.caseInsensitiveMultiMap().add("Content-Type", contentType), body);
    }

    @Test
    void a_declared_problem_passes() {
        assertThatCode(() -> ApiContract.check(HttpMethod.GET, "/v1/incidents/42",
                reply(404, "application/problem+json", PROBLEM_404))).doesNotThrowAnyException();
    }

    @Test
    void an_undeclared_status_fails() {
        assertThatThrownBy(() -> ApiContract.check(HttpMethod.GET, "/v1/incidents/42",
                reply(409, "application/problem+json", PROBLEM_404.replace("404", "409"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("409");
    }

    @Test
    void a_body_missing_a_required_field_fails() {
        assertThatThrownBy(() -> ApiContract.check(HttpMethod.GET, "/v1/incidents/42",
                reply(404, "application/problem+json", "{\"status\": 404}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("type");
    }

    @Test
    void an_undocumented_field_fails() {
        assertThatThrownBy(() -> ApiContract.check(HttpMethod.GET, "/v1/incidents/42",
                reply(404, "application/problem+json", PROBLEM_404.replace("}", ", \"stack\": \"at ...\"}"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("stack");
    }

    @Test
    void an_undeclared_content_type_fails() {
        assertThatThrownBy(() -> ApiContract.check(HttpMethod.GET, "/v1/incidents/42",
                reply(404, "text/plain", "not found")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void a_request_no_operation_takes_must_answer_a_problem() {
        assertThatThrownBy(() -> ApiContract.check(HttpMethod.DELETE, "/v1/incidents/42",
                reply(200, "application/json", "{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no documented operation");
    }
}
