package io.llmim.adapter.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.StreamChangesUseCase;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.PlainText;
import io.llmim.grpc.v1.WatchIncidentsRequest;
import io.llmim.grpc.v1.WatchIncidentsResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The {@code WatchIncidents} streams of one server, with the resume semantics of
 * {@code GET /v1/events}: one thread reads the log's head every {@link GrpcApiSettings#watchPoll()},
 * so that changes made by every instance sharing the store reach the watchers within that, and each
 * {@link Watcher} then reads up to the head at its own pace on the worker threads. Watch streams
 * never end by themselves, so {@link #close} ends them before the server waits for its calls.
 */
final class Watchers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Watchers.class);

    private final StreamChangesUseCase stream;
    private final Executor workers;
    private final int maxLagChanges;
    private final Set<Watcher> watching = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "grpc-watch-poller");
        thread.setDaemon(true);
        return thread;
    });

    Watchers(StreamChangesUseCase stream, Executor workers, GrpcApiSettings settings) {
        this.stream = stream;
        this.workers = workers;
        this.maxLagChanges = settings.watchMaxLagChanges();
        long pollMillis = settings.watchPoll().toMillis();
        poller.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts a watch on the calling worker thread: reads where it starts, then follows the log. */
    void watch(WatchIncidentsRequest request, ServerCallStreamObserver<WatchIncidentsResponse> responses) {
        StreamChangesUseCase.Resume resume;
        long head;
        ChangeFilter filter;
        try {
            filter = filter(request);
            head = stream.head();
            resume = request.hasAfterPosition() ? stream.resume(position(request.getAfterPosition()), head)
                    : new StreamChangesUseCase.Resume(head, false);
        } catch (RuntimeException e) {
            responses.onError(GrpcStatus.of(e));
            return;
        }
        Watcher watcher = new Watcher(stream, workers, filter, maxLagChanges, responses, watching::remove);
        watching.add(watcher);
        watcher.start(resume, head);
    }

    private static long position(long afterPosition) {
        if (afterPosition < 0) {
            // uint64 above Long.MAX_VALUE: no position the log ever reaches.
            throw new InvalidIncidentDataException("after_position", "is beyond any position of the log");
        }
        return afterPosition;
    }

    private static ChangeFilter filter(WatchIncidentsRequest request) {
        return new ChangeFilter(
                request.getSeveritiesList().stream().map(s -> ProtoMessages.severity("severities", s))
                        .map(s -> required("severities", s)).collect(Collectors.toUnmodifiableSet()),
                request.getSourcesList().stream().map(source -> PlainText.require("sources", source))
                        .collect(Collectors.toUnmodifiableSet()),
                request.getStatesList().stream().map(s -> ProtoMessages.state("states", s))
                        .map(s -> required("states", s)).collect(Collectors.toUnmodifiableSet()));
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidIncidentDataException(field, "lists an UNSPECIFIED value");
        }
        return value;
    }

    private void poll() {
        if (watching.isEmpty()) {
            return;
        }
        try {
            long head = stream.head();
            watching.forEach(watcher -> watcher.headMoved(head));
        } catch (RuntimeException e) {
            LOG.warn("reading the change log's head for the gRPC watchers failed; trying again at the next poll", e);
        }
    }

    /** How many watches are open. */
    int open() {
        return watching.size();
    }

    /** Stops looking for changes and ends every watch with UNAVAILABLE: the client resumes elsewhere or later. */
    @Override
    public void close() {
        poller.shutdownNow();
        Status stopping = Status.UNAVAILABLE.withDescription(
                "the server is stopping; watch again after the last position received");
        watching.forEach(watcher -> watcher.end(stopping));
    }
}
