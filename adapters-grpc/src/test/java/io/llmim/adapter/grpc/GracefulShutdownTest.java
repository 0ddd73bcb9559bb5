package io.llmim.adapter.grpc;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.ReportEventResponse;
import io.llmim.grpc.v1.WatchIncidentsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.llmim.adapter.grpc.Requests.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping lets an open report stream finish, and ends watch streams, which never end by themselves. */
class GracefulShutdownTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final GrpcTestServer server = GrpcTestServer.start();

    GracefulShutdownTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void a_report_stream_open_when_stopping_begins_is_finished() throws Exception {
        ManualSender sender = new ManualSender();
        server.async().reportEvents(sender);
        sender.send(anEvent().setDedupKey("first").build());
        await().atMost(PATIENCE).until(() -> sender.answers.size() == 1);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> stopWithin(Duration.ofSeconds(20)));
        sender.send(anEvent().setDedupKey("second").build());
        await().atMost(PATIENCE).until(() -> sender.answers.size() == 2);
        assertThat(stopping).isNotDone();
        sender.finish();

        await().atMost(PATIENCE).until(stopping::isDone);
        assertThat(sender.ended).isCompletedWithValue(Status.Code.OK);
    }

    @Test
    void a_watch_open_when_stopping_begins_ends_unavailable() {
        WatchClient watch = WatchClient.reading();
        server.async().watchIncidents(WatchIncidentsRequest.getDefaultInstance(), watch);
        await().atMost(PATIENCE).until(() -> server.api.watching() == 1);

        stopWithin(Duration.ofSeconds(20));

        await().atMost(PATIENCE).until(watch::ended);
        assertThat(Status.fromThrowable(watch.failure.get()).getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    private void stopWithin(Duration grace) {
        try {
            server.api.stop(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends when told to, and records the answers and the stream's final status. */
    private static final class ManualSender implements ClientResponseObserver<ReportEventRequest, ReportEventResponse> {
        final List<ReportEventResponse> answers = new CopyOnWriteArrayList<>();
        final CompletableFuture<Status.Code> ended = new CompletableFuture<>();
        private ClientCallStreamObserver<ReportEventRequest> requests;

        @Override
        public void beforeStart(ClientCallStreamObserver<ReportEventRequest> requests) {
            this.requests = requests;
        }

        synchronized void send(ReportEventRequest event) {
            requests.onNext(event);
        }

        synchronized void finish() {
            requests.onCompleted();
        }

        @Override
        public void onNext(ReportEventResponse answer) {
            answers.add(answer);
        }

        @Override
        public void onError(Throwable t) {
            ended.complete(Status.fromThrowable(t).getCode());
        }

        @Override
        public void onCompleted() {
            ended.complete(Status.Code.OK);
        }
    }
}
