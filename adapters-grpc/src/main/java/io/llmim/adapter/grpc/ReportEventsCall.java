package io.llmim.adapter.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.ReportEventResponse;

/**
 * One {@code ReportEvents} stream, with inbound flow control by hand: the server asks for at most
 * {@value #IN_FLIGHT} events ahead of the ones it has stored, and asks for another only once it has
 * answered one and the client has room for the answer. A sender faster than the store therefore
 * waits in HTTP/2 flow control, holding at most {@value #IN_FLIGHT} events here, rather than piling
 * events up in the server's memory; a few in flight keep the next event at hand while one is stored. The first event that cannot be
 * stored ends the stream with its status; every event answered before it was stored. gRPC calls
 * one call's callbacks one at a time, so the fields need no lock.
 */
final class ReportEventsCall implements StreamObserver<ReportEventRequest> {

    static final int IN_FLIGHT = 32;

    private final ReportEventUseCase report;
    private final ServerCallStreamObserver<ReportEventResponse> responses;
    private long received;
    private int owed;
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
        responses.request(IN_FLIGHT);
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
            owed++;
        }
    }

    private void roomForAnswers() {
        if (owed > 0 && !failed) {
            responses.request(owed);
            owed = 0;
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
