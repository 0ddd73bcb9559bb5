package io.llmim.adapter.grpc;

import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.application.port.in.TransitionIncidentUseCase;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.grpc.v1.GetIncidentRequest;
import io.llmim.grpc.v1.ListIncidentsRequest;
import io.llmim.grpc.v1.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.UUID;

import static io.llmim.adapter.grpc.Requests.anEvent;
import static io.llmim.adapter.grpc.Requests.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Failures map to gRPC status codes the way REST maps them to HTTP; nothing a client sent is UNKNOWN or INTERNAL. */
class ErrorStatusTest {

    private GrpcTestServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void an_invalid_event_is_invalid_argument_naming_the_field() throws Exception {
        server = GrpcTestServer.start();

        StatusRuntimeException failure = failure(() -> server.blocking().reportEvent(anEvent().setTitle(" ").build()));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(failure)).containsExactly("title");
    }

    @Test
    void an_unknown_enum_number_is_invalid_argument_naming_the_field() throws Exception {
        server = GrpcTestServer.start();

        StatusRuntimeException failure = failure(() -> server.blocking().reportEvent(
                anEvent().setSeverityValue(42).build()));

        assertThat(violatedFields(failure)).containsExactly("severity");
    }

    @Test
    void a_page_size_out_of_range_is_invalid_argument_naming_limit() throws Exception {
        server = GrpcTestServer.start();

        StatusRuntimeException failure = failure(() -> server.blocking().listIncidents(
                ListIncidentsRequest.newBuilder().setLimit(500).build()));

        assertThat(violatedFields(failure)).containsExactly("limit");
    }

    @Test
    void a_cursor_not_issued_here_is_invalid_argument_naming_cursor() throws Exception {
        server = GrpcTestServer.start();

        StatusRuntimeException failure = failure(() -> server.blocking().listIncidents(
                ListIncidentsRequest.newBuilder().setCursor("not-a-cursor").setSeverity(Severity.P1).build()));

        assertThat(violatedFields(failure)).containsExactly("cursor");
    }

    @Test
    void an_id_that_is_no_uuid_is_invalid_argument_naming_id() throws Exception {
        server = GrpcTestServer.start();

        StatusRuntimeException failure = failure(() -> server.blocking().getIncident(
                GetIncidentRequest.newBuilder().setId("42").build()));

        assertThat(violatedFields(failure)).containsExactly("id");
    }

    @Test
    void an_unknown_incident_is_not_found() throws Exception {
        server = GrpcTestServer.start();

        StatusRuntimeException failure = failure(() -> server.blocking().getIncident(
                GetIncidentRequest.newBuilder().setId(UUID.randomUUID().toString()).build()));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void a_move_the_lifecycle_forbids_is_failed_precondition() throws Exception {
        server = GrpcTestServer.start();
        String id = server.blocking().reportEvent(anEvent().build()).getIncidentId();

        StatusRuntimeException failure = failure(() -> server.blocking().close(transition(id)));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    }

    @Test
    void losing_every_retry_to_other_writers_is_aborted() throws Exception {
        server = GrpcTestServer.builder().withLifecycle(new AlwaysOutraced()).start();

        StatusRuntimeException failure = failure(() -> server.blocking().acknowledge(
                transition(UUID.randomUUID().toString())));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
    }

    @Test
    void an_unreachable_store_is_unavailable() throws Exception {
        server = GrpcTestServer.builder().withReport(event -> {
            throw new StoreUnavailableException("connection refused", null);
        }).start();

        StatusRuntimeException failure = failure(() -> server.blocking().reportEvent(anEvent().build()));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void a_message_over_the_size_limit_is_resource_exhausted() throws Exception {
        server = GrpcTestServer.builder().withMaxMessageBytes(1024).start();

        StatusRuntimeException failure = failure(() -> server.blocking().reportEvent(
                anEvent().setDescription("x".repeat(4096)).build()));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    }

    static StatusRuntimeException failure(Executable call) {
        return catchThrowableOfType(StatusRuntimeException.class, call::execute);
    }

    static java.util.List<String> violatedFields(StatusRuntimeException failure) throws Exception {
        com.google.rpc.Status status = StatusProto.fromThrowable(failure);
        assertThat(status).as("google.rpc.Status details").isNotNull();
        assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT.value());
        return status.getDetails(0).unpack(BadRequest.class).getFieldViolationsList().stream()
                .map(BadRequest.FieldViolation::getField).toList();
    }

    /** Every move loses to another writer, through every retry. */
    private static final class AlwaysOutraced implements TransitionIncidentUseCase {

        private static IncidentSnapshot outraced() {
            throw new ConcurrentUpdateException("another writer changed the incident every time", null);
        }

        @Override
        public IncidentSnapshot acknowledge(IncidentId id, String actor) {
            return outraced();
        }

        @Override
        public IncidentSnapshot start(IncidentId id, String actor) {
            return outraced();
        }

        @Override
        public IncidentSnapshot resolve(IncidentId id, String actor, String note, String rootCause) {
            return outraced();
        }

        @Override
        public IncidentSnapshot close(IncidentId id, String actor) {
            return outraced();
        }

        @Override
        public IncidentSnapshot reopen(IncidentId id, String actor) {
            return outraced();
        }
    }
}
