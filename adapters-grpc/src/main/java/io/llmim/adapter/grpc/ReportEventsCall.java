package io.llmim.adapter.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.domain.Event;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.ReportEventResponse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/**
 * One {@code ReportEvents} stream. Up to {@value #IN_FLIGHT} events are stored at once on the
 * worker threads, so that one stream gets the store's group commit rather than one commit after
 * the other; the answers still go out in the order the events came. Inbound flow control is by
 * hand: the server asks for another event only once it has answered one and the client has room
 * for the answer, so a sender faster than the store waits in HTTP/2 flow control, with at most
 * {@value #IN_FLIGHT} of its events here, rather than piling them up in the server's memory.
 *
 * <p>An event that cannot be stored ends the stream with its status once the events before it are
 * answered. An invalid event stops the stream taking more, so nothing after it is stored; after a
 * store failure, events that were already in flight behind it may have been stored unanswered
 * (sent again, such an event counts as a repeat). State is guarded by this object's lock, since
 * gRPC's callbacks and the workers storing events both touch it.
 */
final class ReportEventsCall implements StreamObserver<ReportEventRequest> {

    static final int IN_FLIGHT = 32;
    private static final int REQUEST_BATCH = 8;

    /** One event on its way: answered in its turn once {@code answer} or {@code failure} is set. */
    private static final class Slot {
        private ReportEventResponse answer;
        private RuntimeException failure;

        boolean done() {
            return answer != null || failure != null;
        }
    }

    private final ReportEventUseCase report;
    private final Executor workers;
    private final ServerCallStreamObserver<ReportEventResponse> responses;
    private final Deque<Slot> inOrder = new ArrayDeque<>();
    private long received;
    private int owed;
    private boolean refusing;
    private boolean ended;
    private boolean halfClosed;

    private ReportEventsCall(ReportEventUseCase report, Executor workers,
                             ServerCallStreamObserver<ReportEventResponse> responses) {
        this.report = report;
        this.workers = workers;
        this.responses = responses;
    }

    /** Called by the service method itself: flow control can only be switched to manual before it returns. */
    static StreamObserver<ReportEventRequest> open(ReportEventUseCase report, Executor workers,
                                                   ServerCallStreamObserver<ReportEventResponse> responses) {
        ReportEventsCall call = new ReportEventsCall(report, workers, responses);
        responses.disableAutoRequest();
        responses.setOnReadyHandler(call::roomForAnswers);
        responses.request(IN_FLIGHT);
        return call;
    }

    @Override
    public void onNext(ReportEventRequest request) {
        Slot slot = new Slot();
        Event event;
        synchronized (this) {
            if (refusing || ended) {
                return;
            }
            received++;
            inOrder.add(slot);
            try {
                event = ProtoMessages.event(request);
            } catch (InvalidIncidentDataException e) {
                refusing = true;
                slot.failure = GrpcStatus.invalidField(e.field(), "event " + received + " of this stream: "
                        + e.getMessage());
                answerInOrder();
                return;
            }
        }
        workers.execute(() -> store(slot, event));
    }

    private void store(Slot slot, Event event) {
        ReportEventResponse answer = null;
        RuntimeException failure = null;
        try {
            answer = IncidentGrpcService.reported(report.report(event));
        } catch (RuntimeException e) {
            failure = GrpcStatus.of(e);
        }
        synchronized (this) {
            slot.answer = answer;
            slot.failure = failure;
            answerInOrder();
        }
    }

    // Under the lock: sends every answer whose turn has come, then the end once all are sent.
    private void answerInOrder() {
        while (!ended && !inOrder.isEmpty() && inOrder.peek().done()) {
            Slot next = inOrder.poll();
            if (next.failure != null) {
                ended = true;
                inOrder.clear();
                responses.onError(next.failure);
                return;
            }
            responses.onNext(next.answer);
            owed++;
            // Credit goes back in batches: each request is a task on the transport's thread.
            if (owed >= REQUEST_BATCH && responses.isReady()) {
                responses.request(owed);
                owed = 0;
            }
        }
        if (halfClosed && inOrder.isEmpty() && !ended) {
            ended = true;
            responses.onCompleted();
        }
    }

    private synchronized void roomForAnswers() {
        if (owed >= REQUEST_BATCH && !ended && !refusing) {
            responses.request(owed);
            owed = 0;
        }
    }

    @Override
    public synchronized void onError(Throwable cancelled) {
        // The client cancelled or the connection broke: nothing is left to answer.
        ended = true;
        inOrder.clear();
    }

    @Override
    public synchronized void onCompleted() {
        halfClosed = true;
        answerInOrder();
    }
}
