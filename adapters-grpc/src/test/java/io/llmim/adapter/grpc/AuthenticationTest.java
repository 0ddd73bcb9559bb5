package io.llmim.adapter.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.llmim.adapter.grpc.ErrorStatusTest.failure;
import static io.llmim.adapter.grpc.Requests.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** With bearer tokens configured, IncidentService needs one in the authorization metadata; without, it is open. */
class AuthenticationTest {

    private GrpcTestServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void without_a_token_a_call_is_unauthenticated() throws Exception {
        server = GrpcTestServer.builder().withTokens("s3cret").start();

        StatusRuntimeException failure = failure(() -> server.blocking().reportEvent(anEvent().build()));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void with_a_wrong_token_a_call_is_unauthenticated() throws Exception {
        server = GrpcTestServer.builder().withTokens("s3cret").start();

        StatusRuntimeException failure = failure(() -> server.blockingWithAuthorization("Bearer guess")
                .reportEvent(anEvent().build()));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void with_a_configured_token_a_call_goes_through() throws Exception {
        server = GrpcTestServer.builder().withTokens("s3cret", "other").start();

        String id = server.blockingWithAuthorization("Bearer s3cret").reportEvent(anEvent().build()).getIncidentId();

        assertThat(id).isNotEmpty();
    }

    @Test
    void without_tokens_configured_the_api_is_open() throws Exception {
        server = GrpcTestServer.start();

        String id = server.blocking().reportEvent(anEvent().build()).getIncidentId();

        assertThat(id).isNotEmpty();
    }

    @Test
    void the_health_service_answers_without_a_token() throws Exception {
        server = GrpcTestServer.builder().withTokens("s3cret").start();

        HealthCheckResponse health = HealthGrpc.newBlockingStub(server.channel)
                .check(HealthCheckRequest.newBuilder().setService("llmim.v1.IncidentService").build());

        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }
}
