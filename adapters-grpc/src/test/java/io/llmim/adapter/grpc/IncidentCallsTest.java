package io.llmim.adapter.grpc;

import io.llmim.grpc.v1.GetIncidentRequest;
import io.llmim.grpc.v1.GetIncidentResponse;
import io.llmim.grpc.v1.Incident;
import io.llmim.grpc.v1.IncidentState;
import io.llmim.grpc.v1.ListIncidentsRequest;
import io.llmim.grpc.v1.ListIncidentsResponse;
import io.llmim.grpc.v1.ReportEventResponse;
import io.llmim.grpc.v1.ResolveRequest;
import io.llmim.grpc.v1.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.llmim.adapter.grpc.Requests.anEvent;
import static io.llmim.adapter.grpc.Requests.transition;
import static org.assertj.core.api.Assertions.assertThat;

/** Every unary call of llmim.v1.IncidentService, over loopback with the generated client. */
class IncidentCallsTest {

    private GrpcTestServer server;

    @BeforeEach
    void start() throws Exception {
        server = GrpcTestServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void a_first_event_opens_an_incident() {
        ReportEventResponse reported = server.blocking().reportEvent(anEvent().build());

        assertThat(reported.getDeduplicated()).isFalse();
        assertThat(reported.getOccurrenceCount()).isEqualTo(1);
        assertThat(reported.getIncidentId()).hasSize(36);
    }

    @Test
    void a_repeated_event_is_counted_into_the_same_incident() {
        ReportEventResponse first = server.blocking().reportEvent(anEvent().setDedupKey("gpu-7").build());

        ReportEventResponse repeat = server.blocking().reportEvent(anEvent().setDedupKey("gpu-7").build());

        assertThat(repeat.getDeduplicated()).isTrue();
        assertThat(repeat.getIncidentId()).isEqualTo(first.getIncidentId());
        assertThat(repeat.getOccurrenceCount()).isEqualTo(2);
    }

    @Test
    void get_incident_answers_the_incident_and_its_timeline() {
        String id = server.blocking().reportEvent(anEvent().putLabels("region", "eu-west-1").build()).getIncidentId();

        GetIncidentResponse got = server.blocking().getIncident(GetIncidentRequest.newBuilder().setId(id).build());

        assertThat(got.getIncident().getId()).isEqualTo(id);
        assertThat(got.getIncident().getState()).isEqualTo(IncidentState.NEW);
        assertThat(got.getIncident().getSeverity()).isEqualTo(Severity.P2);
        assertThat(got.getIncident().getLabelsMap()).containsEntry("region", "eu-west-1");
        assertThat(got.getIncident().hasCreatedAt()).isTrue();
        assertThat(got.getIncident().hasAcknowledgedAt()).isFalse();
        assertThat(got.getTimelineList()).extracting(entry -> entry.getKind()).first().isEqualTo("created");
    }

    @Test
    void list_incidents_filters_like_rest() {
        server.blocking().reportEvent(anEvent().setTitle("one").setSeverity(Severity.P1).build());
        server.blocking().reportEvent(anEvent().setTitle("two").setSeverity(Severity.P3).build());

        ListIncidentsResponse p1 = server.blocking().listIncidents(
                ListIncidentsRequest.newBuilder().setSeverity(Severity.P1).build());

        assertThat(p1.getIncidentsList()).extracting(Incident::getTitle).containsExactly("one");
    }

    @Test
    void list_incidents_pages_with_the_cursor() {
        for (int i = 0; i < 3; i++) {
            server.blocking().reportEvent(anEvent().setTitle("incident " + i).build());
        }

        ListIncidentsResponse first = server.blocking().listIncidents(
                ListIncidentsRequest.newBuilder().setLimit(2).build());
        ListIncidentsResponse second = server.blocking().listIncidents(
                ListIncidentsRequest.newBuilder().setLimit(2).setCursor(first.getNextCursor()).build());

        assertThat(first.getIncidentsCount()).isEqualTo(2);
        assertThat(first.getNextCursor()).isNotEmpty();
        assertThat(second.getIncidentsCount()).isEqualTo(1);
        assertThat(second.getNextCursor()).isEmpty();
    }

    @Test
    void an_incident_moves_through_its_whole_lifecycle() {
        String id = server.blocking().reportEvent(anEvent().build()).getIncidentId();

        Incident acknowledged = server.blocking().acknowledge(transition(id));
        Incident started = server.blocking().start(transition(id));
        Incident resolved = server.blocking().resolve(ResolveRequest.newBuilder().setId(id).setActor("alice")
                .setNote("rolled back").setRootCause("bad deploy").build());
        Incident reopened = server.blocking().reopen(transition(id));
        server.blocking().resolve(ResolveRequest.newBuilder().setId(id).build());
        Incident closed = server.blocking().close(transition(id));

        assertThat(acknowledged.getState()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(acknowledged.hasAcknowledgedAt()).isTrue();
        assertThat(started.getState()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(resolved.getState()).isEqualTo(IncidentState.RESOLVED);
        assertThat(resolved.getResolutionNote()).isEqualTo("rolled back");
        assertThat(resolved.getRootCause()).isEqualTo("bad deploy");
        assertThat(reopened.getState()).isEqualTo(IncidentState.IN_PROGRESS);
        assertThat(closed.getState()).isEqualTo(IncidentState.CLOSED);
    }

    @Test
    void a_transition_records_its_actor_in_the_timeline() {
        String id = server.blocking().reportEvent(anEvent().build()).getIncidentId();

        server.blocking().acknowledge(transition(id));

        GetIncidentResponse got = server.blocking().getIncident(GetIncidentRequest.newBuilder().setId(id).build());
        assertThat(got.getTimelineList()).anySatisfy(entry -> {
            assertThat(entry.getKind()).isEqualTo("acknowledged");
            assertThat(entry.getActor()).isEqualTo("alice");
        });
    }
}
