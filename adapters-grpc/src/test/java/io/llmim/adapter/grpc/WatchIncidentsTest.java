package io.llmim.adapter.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.llmim.domain.Severity;
import io.llmim.grpc.v1.ChangeKind;
import io.llmim.grpc.v1.IncidentState;
import io.llmim.grpc.v1.WatchIncidentsRequest;
import io.llmim.grpc.v1.WatchIncidentsResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.llmim.adapter.grpc.Requests.transition;
import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** WatchIncidents: the change log live, with the resume semantics of GET /v1/events. */
class WatchIncidentsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private GrpcTestServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void a_watch_without_a_position_gets_what_changes_next() throws Exception {
        server = GrpcTestServer.start();
        server.blocking().reportEvent(Requests.anEvent().setTitle("before the watch").build());
        WatchClient watch = watch(WatchIncidentsRequest.getDefaultInstance());

        String id = server.blocking().reportEvent(Requests.anEvent().setTitle("during the watch").build())
                .getIncidentId();
        server.blocking().acknowledge(transition(id));

        await().atMost(PATIENCE).until(() -> watch.received.size() == 2);
        assertThat(watch.received).extracting(r -> r.getChange().getKind())
                .containsExactly(ChangeKind.CREATED, ChangeKind.TRANSITIONED);
        assertThat(watch.received.get(1).getChange().getIncident().getState()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(watch.received.get(0).getChange().getIncident().getTitle()).isEqualTo("during the watch");
    }

    @Test
    void a_watch_resumes_right_after_the_position_it_names() throws Exception {
        server = GrpcTestServer.start();
        for (int i = 0; i < 3; i++) {
            server.services.report().report(anEvent().withTitle("incident " + i).build());
        }
        long first = server.services.changeLog().all().get(0).position();

        WatchClient watch = watch(WatchIncidentsRequest.newBuilder().setAfterPosition(first).build());

        await().atMost(PATIENCE).until(() -> watch.received.size() == 2);
        assertThat(watch.received).extracting(r -> r.getChange().getIncident().getTitle())
                .containsExactly("incident 1", "incident 2");
    }

    @Test
    void a_watch_gets_only_what_its_filter_admits() throws Exception {
        server = GrpcTestServer.start();
        WatchClient watch = watch(WatchIncidentsRequest.newBuilder()
                .addSeverities(io.llmim.grpc.v1.Severity.P0).build());

        server.services.report().report(anEvent().withTitle("minor").withSeverity(Severity.P3).build());
        server.services.report().report(anEvent().withTitle("outage").withSeverity(Severity.P0).build());

        await().atMost(PATIENCE).until(() -> !watch.received.isEmpty());
        assertThat(watch.received).extracting(r -> r.getChange().getIncident().getTitle()).containsExactly("outage");
    }

    @Test
    void a_position_the_log_no_longer_keeps_gets_a_reset_first() throws Exception {
        server = GrpcTestServer.start();
        server.services.report().report(anEvent().build());
        long head = server.services.changeLog().head();

        WatchClient watch = watch(WatchIncidentsRequest.newBuilder().setAfterPosition(head + 1_000).build());

        await().atMost(PATIENCE).until(() -> !watch.received.isEmpty());
        WatchIncidentsResponse first = watch.received.get(0);
        assertThat(first.hasReset()).isTrue();
        assertThat(first.getReset().getResumeAfter()).isEqualTo(head);
    }

    @Test
    void an_unspecified_severity_in_the_filter_is_invalid_argument() throws Exception {
        server = GrpcTestServer.start();

        WatchClient watch = watch(WatchIncidentsRequest.newBuilder()
                .addSeverities(io.llmim.grpc.v1.Severity.SEVERITY_UNSPECIFIED).build());

        await().atMost(PATIENCE).until(watch::ended);
        assertThat(ErrorStatusTest.violatedFields((StatusRuntimeException) watch.failure.get()))
                .containsExactly("severities");
    }

    @Test
    void a_watcher_that_stops_reading_is_ended_once_too_far_behind() throws Exception {
        server = GrpcTestServer.builder().withWatchMaxLag(50, 65_535).start();
        WatchClient watch = watchWith(WatchClient.notReading(), WatchIncidentsRequest.getDefaultInstance());

        for (int i = 0; i < 5_000 && server.api.watching() > 0; i++) {
            server.services.report().report(anEvent().withTitle("incident " + i).withDescription("x".repeat(2_000))
                    .build());
        }
        await().atMost(PATIENCE).until(() -> server.api.watching() == 0);

        watch.startReading();
        await().atMost(PATIENCE).until(watch::ended);
        assertThat(Status.fromThrowable(watch.failure.get()).getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    }

    private WatchClient watch(WatchIncidentsRequest request) {
        return watchWith(WatchClient.reading(), request);
    }

    // The watch has started once the server counts it: changes made after that reach it.
    private WatchClient watchWith(WatchClient client, WatchIncidentsRequest request) {
        server.async().watchIncidents(request, client);
        await().atMost(PATIENCE).until(() -> server.api.watching() == 1 || client.ended());
        return client;
    }
}
