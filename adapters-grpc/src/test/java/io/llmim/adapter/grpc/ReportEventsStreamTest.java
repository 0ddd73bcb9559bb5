package io.llmim.adapter.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.domain.Fingerprint;
import io.llmim.grpc.v1.ReportEventResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.llmim.adapter.grpc.Requests.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ReportEvents: every event answered in order, with flow control, over one long stream. */
class ReportEventsStreamTest {

    private static final int KEYS = 1_000;

    private GrpcTestServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void a_hundred_thousand_events_are_answered_in_order() throws Exception {
        server = GrpcTestServer.start();
        int events = 100_000;
        StreamingClient client = new StreamingClient(events, i -> anEvent().setDedupKey("key-" + i % KEYS).build());

        server.async().reportEvents(client);

        // A guard against a stalled stream, not a speed limit: about 15 s on a 2-core machine that
        // other builds share.
        await().atMost(Duration.ofSeconds(60)).until(client::done);
        assertThat(client.failure.get()).isNull();
        List<ReportEventResponse> answers = client.answers;
        assertThat(answers).hasSize(events);
        for (int i = 0; i < events; i++) {
            ReportEventResponse answer = answers.get(i);
            assertThat(answer.getDeduplicated()).as("answer %d deduplicated", i).isEqualTo(i >= KEYS);
            assertThat(answer.getIncidentId()).as("answer %d incident", i)
                    .isEqualTo(answers.get(i % KEYS).getIncidentId());
            assertThat(answer.getOccurrenceCount()).as("answer %d count", i).isEqualTo(i / KEYS + 1);
        }
    }

    @Test
    void a_sender_faster_than_the_store_is_held_back_rather_than_buffered() throws Exception {
        CountDownLatch storeStalled = new CountDownLatch(1);
        AtomicInteger reportsTaken = new AtomicInteger();
        GrpcTestServer.Builder builder = GrpcTestServer.builder();
        ReportEventUseCase real = builder.services().report();
        ReportEventUseCase stalling = event -> {
            reportsTaken.incrementAndGet();
            awaitQuietly(storeStalled);
            return real.report(event);
        };
        server = builder.withReport(stalling).start();
        StreamingClient client = new StreamingClient(1_000_000, i -> anEvent().setDedupKey("key-" + i).build());

        server.async().reportEvents(client);
        await().atMost(Duration.ofSeconds(20)).until(client::heldBack);

        assertThat(reportsTaken.get()).as("events the server took while the store stalled")
                .isBetween(1, ReportEventsCall.IN_FLIGHT);
        assertThat(client.sent.get()).as("events sent").isGreaterThan(10 * ReportEventsCall.IN_FLIGHT);
        client.finishWithWhatWasSent();
        storeStalled.countDown();
        await().atMost(Duration.ofSeconds(30)).until(client::done);
        assertThat(client.failure.get()).isNull();
        assertThat(client.answers).hasSize(client.sent.get());
    }

    @Test
    void the_events_of_one_stream_are_stored_together_and_answered_in_order() throws Exception {
        CountDownLatch twoStoring = new CountDownLatch(2);
        GrpcTestServer.Builder builder = GrpcTestServer.builder();
        ReportEventUseCase real = builder.services().report();
        AtomicBoolean together = new AtomicBoolean();
        ReportEventUseCase meeting = event -> {
            // The first event waits for the second: stored one after the other, they never meet.
            twoStoring.countDown();
            try {
                together.compareAndSet(false, twoStoring.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.report(event);
        };
        server = builder.withReport(meeting).start();
        StreamingClient client = new StreamingClient(2, i -> anEvent().setDedupKey("key-" + i).build());

        server.async().reportEvents(client);

        await().atMost(Duration.ofSeconds(30)).until(client::done);
        assertThat(together).isTrue();
        assertThat(client.answers).extracting(ReportEventResponse::getIncidentId)
                .containsExactly(incidentIdOf("key-0"), incidentIdOf("key-1"));
    }

    private String incidentIdOf(String dedupKey) {
        return server.services.repository().findActiveByFingerprint(Fingerprint.ofDedupKey(dedupKey)).orElseThrow()
                .snapshot().id().value();
    }

    @Test
    void an_invalid_event_ends_the_stream_naming_it_after_the_ones_before_were_answered() throws Exception {
        server = GrpcTestServer.start();
        StreamingClient client = new StreamingClient(5,
                i -> i == 3 ? anEvent().setSource("").build() : anEvent().setDedupKey("key-" + i).build());

        server.async().reportEvents(client);

        await().atMost(Duration.ofSeconds(10)).until(client::done);
        assertThat(client.answers).hasSize(3);
        StatusRuntimeException failure = (StatusRuntimeException) client.failure.get();
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.getStatus().getDescription()).startsWith("event 4 of this stream");
        assertThat(ErrorStatusTest.violatedFields(failure)).containsExactly("source");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
