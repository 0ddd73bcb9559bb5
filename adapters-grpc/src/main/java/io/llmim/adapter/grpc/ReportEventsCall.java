package io.llmim.adapter.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.ReportEventResponse;

/**
 * One {@code ReportEvents} stream, with inbound flow control by hand: the server asks for the next
 * event only once it has stored the previous one and the client has room for the answer. A sender
 * faster than the store therefore waits in HTTP/2 flow control, holding at most one event and one
 * answer here, rather than piling events up in the server's memory. The first event that cannot be
 * stored ends the stream with its status; every event answered before it was stored. gRPC calls
 * one call's callbacks one at a time, so the fields need no lock.
 */
final class ReportEventsCall implements StreamObserver<ReportEventRequest> {

    private final ReportEventUseCase report;
    private final ServerCallStreamObserver<ReportEventResponse> responses;
    private long received;
    private boolean waitingForRoom;
    private boolean failed;

    private ReportEventsCall(ReportEventUseCase report, ServerCallStreamObserver<ReportEventResponse> responses) {
        this.report = report;
        this.responses = responses;
    }

    /** Called by the service method itself: flow control can only be switched to manual before it returns. */
    static StreamObserver<ReportEventRequest> open(ReportEventUseCase report,
                                                   ServerCallStreamObserver<ReportEventResponse> responses) {
        ReportEventsCall call = new ReportEventsCall(report, responses);
        responses.disableAutoRequest();
        responses.setOnReadyHandler(call::roomForAnswers);
        responses.request(1);
        return call;
    }

    @Override
    public void onNext(ReportEventRequest request) {
        if (failed) {
            return;
        }
        received++;
        ReportEventResponse answer;
        try {
            answer = IncidentGrpcService.reported(report.report(ProtoMessages.event(request)));
        } catch (InvalidIncidentDataException e) {
            fail(GrpcStatus.invalidField(e.field(), "event " + received + " of this stream: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            fail(GrpcStatus.of(e));
            return;
        }
        responses.onNext(answer);
        if (responses.isReady()) {
            responses.request(1);
        } else {
            waitingForRoom = true;
        }
    }

    private void roomForAnswers() {
        if (waitingForRoom && !failed) {
            waitingForRoom = false;
            responses.request(1);
        }
    }

    private void fail(RuntimeException status) {
        failed = true;
        responses.onError(status);
    }

    @Override
    public void onError(Throwable cancelled) {
        // The client cancelled or the connection broke: nothing is left to answer.
        failed = true;
    }

    @Override
    public void onCompleted() {
        if (!failed) {
            responses.onCompleted();
        }
    }
}
