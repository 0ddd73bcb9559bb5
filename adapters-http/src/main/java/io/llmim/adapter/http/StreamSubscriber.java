package io.llmim.adapter.http;

import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.ChangePage;
import io.llmim.application.port.in.StreamChangesUseCase;
import io.llmim.application.port.out.StreamMetrics;
import io.vertx.core.Context;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * One client of {@code GET /v1/events}. It reads the change log at its own pace, a page at a time
 * on a worker, and reads the next page only once the response has room for it: a client that does
 * not keep up holds at most a page and the response's bounded write queue, and never holds up
 * anyone else. Once its write queue is full while it is more than {@code [stream] max_lag_changes}
 * behind, it is told why and closed; it resumes from the last id it got. Its state is touched on
 * its connection's event loop only.
 */
final class StreamSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSubscriber.class);
    private static final int PAGE = 200;
    private static final int WRITE_QUEUE_BYTES = 64 * 1024;

    /** What every subscriber of one server shares. */
    record Shared(StreamChangesUseCase stream, WorkerExecutor workers, StreamEvents events, StreamPace pace,
                  StreamMetrics metrics) {
    }

    private final Shared shared;
    private final HttpServerRequest request;
    private final HttpServerResponse response;
    private final Context context;
    private final ChangeFilter filter;
    private final Consumer<StreamSubscriber> onClose;
    private long position;
    private long head;
    private boolean reading;
    private boolean closed;
    private long lastWriteNanos;

    StreamSubscriber(Shared shared, HttpServerRequest request, Context context, ChangeFilter filter,
                     Consumer<StreamSubscriber> onClose) {
        this.shared = shared;
        this.request = request;
        this.response = request.response();
        this.context = context;
        this.filter = filter;
        this.onClose = onClose;
    }

    /** Opens the stream after {@code resume}, with the log's head as it was then. On the connection's context. */
    void start(StreamChangesUseCase.Resume resume, long currentHead) {
        position = resume.after();
        head = currentHead;
        shared.metrics().clientConnected();
        response.closeHandler(ignored -> closed());
        response.setWriteQueueMaxSize(WRITE_QUEUE_BYTES);
        response.drainHandler(ignored -> pump());
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        write(StreamEvents.OPENING);
        if (resume.reset()) {
            write(shared.events().reset(resume.after()));
        }
        pump();
    }

    /** The log has changes up to {@code newHead}; from any thread. */
    void headMoved(long newHead, long nowNanos) {
        context.runOnContext(ignored -> {
            head = Math.max(head, newHead);
            pump();
            if (!closed && !reading && !response.writeQueueFull()
                    && nowNanos - lastWriteNanos >= shared.pace().heartbeat().toNanos()) {
                write(StreamEvents.HEARTBEAT);
            }
        });
    }

    /** Ends the stream (the server is stopping); from any thread. */
    void close() {
        context.runOnContext(ignored -> {
            if (!closed) {
                response.end();
                closed();
            }
        });
    }

    private void pump() {
        if (closed || reading || position >= head) {
            return;
        }
        if (response.writeQueueFull()) {
            long behind = head - position;
            if (behind > shared.pace().maxLagChanges()) {
                drop(behind);
            }
            return;
        }
        reading = true;
        long after = position;
        long upTo = head;
        shared.workers().executeBlocking(() -> shared.stream().read(after, upTo, filter, PAGE), false)
                .onComplete(result -> {
                    reading = false;
                    if (closed) {
                        return;
                    }
                    if (result.failed()) {
                        LOG.warn("reading the change log for a stream client failed; closing its stream", result.cause());
                        disconnect();
                        return;
                    }
                    send(result.result());
                    pump();
                });
    }

    private void send(ChangePage page) {
        if (!page.changes().isEmpty()) {
            Buffer frames = Buffer.buffer();
            page.changes().forEach(change -> shared.events().append(frames, change));
            write(frames);
            shared.metrics().eventsSent(page.changes().size());
        }
        position = page.readThrough();
    }

    private void drop(long behind) {
        shared.metrics().clientDroppedTooSlow();
        write(shared.events().dropped(behind));
        disconnect();
    }

    // The client may not be reading: closing the connection is what frees what its queue holds.
    private void disconnect() {
        request.connection().close();
        closed();
    }

    private void write(Buffer buffer) {
        lastWriteNanos = System.nanoTime();
        response.write(buffer);
    }

    private void closed() {
        if (closed) {
            return;
        }
        closed = true;
        shared.metrics().clientDisconnected();
        onClose.accept(this);
    }
}
