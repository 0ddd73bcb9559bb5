package io.llmim.adapter.http;

import io.llmim.client.ApiClient;
import io.llmim.client.ApiException;
import io.llmim.client.api.IncidentsApi;
import io.llmim.client.model.Category;
import io.llmim.client.model.Event;
import io.llmim.client.model.Incident;
import io.llmim.client.model.IncidentPage;
import io.llmim.client.model.Problem;
import io.llmim.client.model.Resolution;
import io.llmim.client.model.Severity;
import io.llmim.client.model.State;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * The Java client that openapi-generator makes from the served document at build time (java,
 * native: java.net.http and Jackson) drives the API on loopback: the document is enough to integrate.
 */
class GeneratedClientTest {

    @AutoClose
    final ApiServer server = ApiServer.open();
    final ApiClient client = new ApiClient().setHost("127.0.0.1").setPort(server.port());
    final IncidentsApi incidents = new IncidentsApi(client);

    private Incident report(String title) throws ApiException {
        return incidents.reportEvent(new Event().source("llm-sentinel").title(title).severity(Severity.P1)
                .category(Category.PERFORMANCE).putLabelsItem("service", "chat"));
    }

    private Problem problemOf(ApiException failure) throws Exception {
        return client.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
    }

    @Test
    void an_incident_goes_through_its_whole_lifecycle() throws Exception {
        UUID id = report("p95 latency above SLO").getId();

        assertThat(incidents.acknowledgeIncident(id, "alice").getState()).isEqualTo(State.ACKNOWLEDGED);
        assertThat(incidents.startIncident(id, "alice").getState()).isEqualTo(State.IN_PROGRESS);
        Incident resolved = incidents.resolveIncident(id, "alice",
                new Resolution().note("rolled back").rootCause("bad deploy"));
        assertThat(incidents.reopenIncident(id, "bob").getState()).isEqualTo(State.IN_PROGRESS);
        incidents.resolveIncident(id, "bob", null);
        Incident closed = incidents.closeIncident(id, "bob");

        assertThat(resolved.getState()).isEqualTo(State.RESOLVED);
        assertThat(resolved.getRootCause()).isEqualTo("bad deploy");
        assertThat(closed.getState()).isEqualTo(State.CLOSED);
        assertThat(incidents.getTimeline(id).getItems()).extracting(entry -> entry.getKind())
                .contains("ACKNOWLEDGED", "STARTED", "RESOLVED", "REOPENED", "CLOSED");
    }

    @Test
    void a_repeat_is_counted_into_the_open_incident() throws Exception {
        Incident first = report("p95 latency above SLO");

        Incident repeat = report("p95 latency above SLO");

        assertThat(repeat.getId()).isEqualTo(first.getId());
        assertThat(repeat.getDeduplicated()).isTrue();
        assertThat(repeat.getOccurrenceCount()).isEqualTo(2L);
    }

    @Test
    void the_list_pages_on_with_its_cursor() throws Exception {
        for (String title : new String[] {"first", "second", "third"}) {
            report(title);
            server.clock.advance(Duration.ofSeconds(1));
        }

        IncidentPage first = incidents.listIncidents(State.NEW, null, null, null, 2, null);
        IncidentPage second = incidents.listIncidents(State.NEW, null, null, null, 2, first.getNextCursor());

        assertThat(Stream.concat(first.getItems().stream(), second.getItems().stream()).map(Incident::getTitle))
                .containsExactly("third", "second", "first");
        assertThat(second.getNextCursor()).isNull();
    }

    @Test
    void an_illegal_transition_is_a_409_with_its_problem() throws Exception {
        UUID id = report("p95 latency above SLO").getId();

        assertThatThrownBy(() -> incidents.closeIncident(id, null))
                .asInstanceOf(type(ApiException.class))
                .satisfies(failure -> {
                    assertThat(failure.getCode()).isEqualTo(409);
                    assertThat(problemOf(failure).getType()).isEqualTo("urn:llmim:problem:illegal-transition");
                });
    }

    @Test
    void an_invalid_parameter_is_a_400_naming_it() {
        assertThatThrownBy(() -> incidents.listIncidents(null, null, null, null, 20, "not-a-cursor"))
                .asInstanceOf(type(ApiException.class))
                .satisfies(failure -> {
                    assertThat(failure.getCode()).isEqualTo(400);
                    assertThat(problemOf(failure).getField()).isEqualTo("cursor");
                });
    }
}
