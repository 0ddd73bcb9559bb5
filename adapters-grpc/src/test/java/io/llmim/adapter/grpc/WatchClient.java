package io.llmim.adapter.grpc;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.llmim.grpc.v1.WatchIncidentsRequest;
import io.llmim.grpc.v1.WatchIncidentsResponse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A WatchIncidents client keeping what it receives and how the stream ended; it can also refuse to read. */
final class WatchClient implements ClientResponseObserver<WatchIncidentsRequest, WatchIncidentsResponse> {

    final List<WatchIncidentsResponse> received = new CopyOnWriteArrayList<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final boolean reading;
    private volatile boolean ended;
    private volatile ClientCallStreamObserver<WatchIncidentsRequest> call;

    private WatchClient(boolean reading) {
        this.reading = reading;
    }

    static WatchClient reading() {
        return new WatchClient(true);
    }

    /** Takes nothing it is sent: what the server sends stays in flow-control windows and buffers. */
    static WatchClient notReading() {
        return new WatchClient(false);
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<WatchIncidentsRequest> call) {
        this.call = call;
        if (!reading) {
            call.disableAutoInboundFlowControl();
        }
    }

    /** From now on takes everything it is sent. */
    void startReading() {
        call.request(Integer.MAX_VALUE);
    }

    void cancel() {
        call.cancel("the test is done watching", null);
    }

    boolean ended() {
        return ended;
    }

    @Override
    public void onNext(WatchIncidentsResponse response) {
        received.add(response);
    }

    @Override
    public void onError(Throwable t) {
        failure.set(t);
        ended = true;
    }

    @Override
    public void onCompleted() {
        ended = true;
    }
}
