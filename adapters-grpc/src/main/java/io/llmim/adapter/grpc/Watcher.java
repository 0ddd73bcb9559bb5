package io.llmim.adapter.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.ChangePage;
import io.llmim.application.port.in.StreamChangesUseCase;
import io.llmim.grpc.v1.Reset;
import io.llmim.grpc.v1.WatchIncidentsResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One {@code WatchIncidents} stream. It reads the change log a page at a time on a worker, and
 * reads the next page only once the call is ready for more: a client that does not keep up holds at
 * most a page beyond the transport's flow-control window, and never holds up anyone else. Once it
 * is not ready while more than {@code maxLagChanges} behind, it is ended with RESOURCE_EXHAUSTED and
 * resumes after the last position it got. Its state is guarded by its own lock, since the poller,
 * gRPC's callbacks and the workers all touch it.
 */
final class Watcher {

    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);
    private static final int PAGE = 200;

    private final StreamChangesUseCase stream;
    private final Executor workers;
    private final ChangeFilter filter;
    private final int maxLagChanges;
    private final ServerCallStreamObserver<WatchIncidentsResponse> responses;
    private final Consumer<Watcher> onEnd;
    private long position;
    private long head;
    private boolean reading;
    private boolean ended;

    Watcher(StreamChangesUseCase stream, Executor workers, ChangeFilter filter, int maxLagChanges,
            ServerCallStreamObserver<WatchIncidentsResponse> responses, Consumer<Watcher> onEnd) {
        this.stream = stream;
        this.workers = workers;
        this.filter = filter;
        this.maxLagChanges = maxLagChanges;
        this.responses = responses;
        this.onEnd = onEnd;
    }

    /** Called from the service method: the handlers can only be set before it returns. */
    void start(StreamChangesUseCase.Resume resume, long currentHead) {
        synchronized (this) {
            position = resume.after();
            head = currentHead;
            responses.setOnCancelHandler(this::cancelled);
            responses.setOnReadyHandler(this::pumpLater);
            if (resume.reset()) {
                responses.onNext(WatchIncidentsResponse.newBuilder().setReset(Reset.newBuilder()
                        .setResumeAfter(resume.after())
                        .setReason("changes after " + resume.after() + " are no longer kept; reload the incidents"))
                        .build());
            }
        }
        pumpLater();
    }

    /** The log has changes up to {@code newHead}; from the poller. */
    void headMoved(long newHead) {
        synchronized (this) {
            head = Math.max(head, newHead);
        }
        pumpLater();
    }

    /** Ends the stream with {@code status} (the server is stopping); from any thread. */
    void end(Status status) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            responses.onError(status.asRuntimeException());
        }
        onEnd.accept(this);
    }

    private void pumpLater() {
        workers.execute(this::pump);
    }

    private void pump() {
        while (true) {
            long after;
            long upTo;
            synchronized (this) {
                if (ended || reading || position >= head) {
                    return;
                }
                if (!responses.isReady()) {
                    if (head - position > maxLagChanges) {
                        tooSlow(head - position);
                    }
                    return;
                }
                reading = true;
                after = position;
                upTo = head;
            }
            ChangePage page;
            try {
                page = stream.read(after, upTo, filter, PAGE);
            } catch (RuntimeException e) {
                LOG.warn("reading the change log for a gRPC watcher failed; ending its stream", e);
                synchronized (this) {
                    reading = false;
                }
                end(GrpcStatus.of(e).getStatus());
                return;
            }
            synchronized (this) {
                reading = false;
                if (ended) {
                    return;
                }
                page.changes().forEach(change -> responses.onNext(
                        WatchIncidentsResponse.newBuilder().setChange(ProtoMessages.change(change)).build()));
                position = page.readThrough();
            }
        }
    }

    private void tooSlow(long behind) {
        workers.execute(() -> end(Status.RESOURCE_EXHAUSTED.withDescription("too slow: " + behind
                + " changes behind; watch again with after_position set to the last position received")));
    }

    private void cancelled() {
        synchronized (this) {
            ended = true;
        }
        onEnd.accept(this);
    }
}
