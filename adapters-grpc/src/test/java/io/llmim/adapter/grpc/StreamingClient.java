package io.llmim.adapter.grpc;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.ReportEventResponse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A ReportEvents client that sends {@code events} while the stream is ready (client-side flow
 * control: it never buffers beyond what the transport takes), then half-closes, and keeps every
 * answer and how the stream ended.
 */
final class StreamingClient implements ClientResponseObserver<ReportEventRequest, ReportEventResponse> {

    // Not copy-on-write: a hundred thousand answers would be copied a hundred thousand times.
    final List<ReportEventResponse> answers = Collections.synchronizedList(new ArrayList<>());
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final AtomicInteger sent = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final IntFunction<ReportEventRequest> event;
    private final int events;
    private volatile int limit;
    private volatile boolean completed;
    private volatile ClientCallStreamObserver<ReportEventRequest> requests;

    /** Sends {@code events} events, the i-th (from 0) being {@code event.apply(i)}. */
    StreamingClient(int events, IntFunction<ReportEventRequest> event) {
        this.events = events;
        this.limit = events;
        this.event = event;
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<ReportEventRequest> requests) {
        this.requests = requests;
        requests.setOnReadyHandler(this::sendWhileReady);
    }

    private synchronized void sendWhileReady() {
        while (requests.isReady() && sent.get() < limit) {
            requests.onNext(event.apply(sent.getAndIncrement()));
        }
        if (sent.get() == events && !completed) {
            completed = true;
            requests.onCompleted();
        }
    }

    /** Whether the transport currently refuses more (the server is not reading). */
    boolean heldBack() {
        return !requests.isReady();
    }

    /** Sends no more than what was sent so far, then half-closes. */
    synchronized void finishWithWhatWasSent() {
        limit = sent.get();
        completed = true;
        requests.onCompleted();
    }

    boolean done() {
        return closed.get();
    }

    @Override
    public void onNext(ReportEventResponse answer) {
        answers.add(answer);
    }

    @Override
    public void onError(Throwable t) {
        failure.set(t);
        closed.set(true);
    }

    @Override
    public void onCompleted() {
        closed.set(true);
    }
}
