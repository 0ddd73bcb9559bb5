package io.llmim.adapter.http;

import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.StreamChangesUseCase;
import io.llmim.application.port.out.StreamMetrics;
import io.llmim.domain.IncidentState;
import io.llmim.domain.PlainText;
import io.llmim.domain.Severity;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code GET /v1/events}: the change log as Server-Sent Events, behind the API's authentication.
 * One timer per server reads the log's head every {@link StreamPace#poll()}, so that changes
 * made by every instance sharing the store reach its subscribers within that; each
 * {@link StreamSubscriber} then reads up to the head at its own pace. A subscriber resumes after
 * {@code Last-Event-ID} (the header, or the {@code last_event_id} parameter); without one it
 * starts at the head, with what changes next.
 */
public final class ChangeStreamRoutes implements IncidentApi.RouteContribution, AutoCloseable {

    private static final String LAST_EVENT_ID = "last_event_id";

    private final Vertx vertx;
    private final StreamChangesUseCase stream;
    private final StreamPace pace;
    private final StreamMetrics metrics;
    private final Set<StreamSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private StreamSubscriber.Shared shared;
    private long timer = -1;
    private volatile boolean polling;

    public ChangeStreamRoutes(Vertx vertx, StreamChangesUseCase stream, StreamPace pace, StreamMetrics metrics) {
        this.vertx = vertx;
        this.stream = stream;
        this.pace = pace;
        this.metrics = metrics;
    }

    @Override
    public void mount(IncidentApi.RouteMounter mounter) {
        shared = new StreamSubscriber.Shared(stream, mounter.workers(), new StreamEvents(mounter.json()), pace,
                metrics);
        mounter.route(HttpMethod.GET, "/v1/events", false, this::subscribe);
        timer = vertx.setPeriodic(pace.poll().toMillis(), ignored -> poll());
    }

    private void subscribe(RoutingContext ctx) {
        ChangeFilter filter = new ChangeFilter(values(ctx, "severity", Severity::parse), values(ctx, "source", s -> s),
                values(ctx, "state", IncidentState::parse));
        Long lastSeen = lastEventId(ctx);
        if (ctx.request().method() == HttpMethod.HEAD) {
            ctx.response().putHeader("Content-Type", "text/event-stream").end();
            return;
        }
        Context context = vertx.getOrCreateContext();
        shared.workers().executeBlocking(() -> {
            long head = stream.head();
            return new Start(lastSeen == null ? new StreamChangesUseCase.Resume(head, false)
                    : stream.resume(lastSeen, head), head);
        }, false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            StreamSubscriber subscriber = new StreamSubscriber(shared, ctx.request(), context, filter,
                    subscribers::remove);
            subscribers.add(subscriber);
            subscriber.start(result.result().resume(), result.result().head());
        });
    }

    private record Start(StreamChangesUseCase.Resume resume, long head) {
    }

    private void poll() {
        if (subscribers.isEmpty() || polling) {
            return;
        }
        polling = true;
        shared.workers().executeBlocking(stream::head, false).onComplete(result -> {
            polling = false;
            if (result.succeeded()) {
                long now = System.nanoTime();
                subscribers.forEach(subscriber -> subscriber.headMoved(result.result(), now));
            }
        });
    }

    /** Repeated or comma-separated values of a filter parameter; none admits everything. */
    private static <T> Set<T> values(RoutingContext ctx, String name, Function<String, T> parse) {
        return ctx.queryParam(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> parse.apply(PlainText.require(name, value)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Long lastEventId(RoutingContext ctx) {
        String header = ctx.request().getHeader("Last-Event-ID");
        List<String> parameter = ctx.queryParam(LAST_EVENT_ID);
        String value = header != null ? header : parameter.isEmpty() ? null : parameter.get(0);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(value.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(LAST_EVENT_ID, "must be the id of an event of this stream (a position, 0 or more)");
    }

    /** Stops looking for changes and ends every stream, so that the server can stop without waiting for them. */
    @Override
    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        subscribers.forEach(StreamSubscriber::close);
    }
}
