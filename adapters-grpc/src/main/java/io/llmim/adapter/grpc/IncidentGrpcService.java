package io.llmim.adapter.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.in.ListIncidentsQuery;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.ReportOutcome;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.grpc.v1.GetIncidentRequest;
import io.llmim.grpc.v1.GetIncidentResponse;
import io.llmim.grpc.v1.Incident;
import io.llmim.grpc.v1.IncidentServiceGrpc;
import io.llmim.grpc.v1.ListIncidentsRequest;
import io.llmim.grpc.v1.ListIncidentsResponse;
import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.ReportEventResponse;
import io.llmim.grpc.v1.ResolveRequest;
import io.llmim.grpc.v1.TransitionRequest;
import io.llmim.grpc.v1.WatchIncidentsRequest;
import io.llmim.grpc.v1.WatchIncidentsResponse;

import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * {@code llmim.v1.IncidentService}: each call translates its request, calls one inbound port and
 * translates the answer; the streams are {@link ReportEventsCall} and {@link Watchers}. Calls run on
 * the server's worker threads, where blocking on the store is allowed.
 */
final class IncidentGrpcService extends IncidentServiceGrpc.IncidentServiceImplBase {

    /** The timeline's actor when a transition names none, as with REST's missing X-Actor. */
    static final String DEFAULT_ACTOR = "api";

    private final GrpcUseCases useCases;
    private final Watchers watchers;
    private final Executor workers;

    IncidentGrpcService(GrpcUseCases useCases, Watchers watchers, Executor workers) {
        this.useCases = useCases;
        this.watchers = watchers;
        this.workers = workers;
    }

    @Override
    public void reportEvent(ReportEventRequest request, StreamObserver<ReportEventResponse> responses) {
        unary(responses, () -> reported(useCases.report().report(ProtoMessages.event(request))));
    }

    static ReportEventResponse reported(ReportOutcome outcome) {
        return ReportEventResponse.newBuilder()
                .setIncidentId(outcome.incident().id().value())
                .setDeduplicated(outcome instanceof ReportOutcome.Deduplicated)
                .setOccurrenceCount(outcome.incident().occurrenceCount())
                .build();
    }

    @Override
    public StreamObserver<ReportEventRequest> reportEvents(StreamObserver<ReportEventResponse> responses) {
        return ReportEventsCall.open(useCases.report(), workers,
                (ServerCallStreamObserver<ReportEventResponse>) responses);
    }

    @Override
    public void getIncident(GetIncidentRequest request, StreamObserver<GetIncidentResponse> responses) {
        unary(responses, () -> {
            IncidentId id = new IncidentId(request.getId());
            GetIncidentResponse.Builder answer = GetIncidentResponse.newBuilder()
                    .setIncident(ProtoMessages.incident(useCases.incidents().get(id)));
            useCases.incidents().timeline(id).forEach(entry -> answer.addTimeline(ProtoMessages.timelineEntry(entry)));
            return answer.build();
        });
    }

    @Override
    public void listIncidents(ListIncidentsRequest request, StreamObserver<ListIncidentsResponse> responses) {
        unary(responses, () -> {
            IncidentFilter filter = new IncidentFilter(ProtoMessages.state("state", request.getState()),
                    ProtoMessages.severity("severity", request.getSeverity()),
                    request.hasSource() ? request.getSource() : null,
                    ProtoMessages.category("category", request.getCategory()));
            int limit = request.getLimit() == 0 ? ListIncidentsQuery.DEFAULT_PAGE_SIZE
                    : ListIncidentsQuery.pageSize(request.getLimit());
            PageCursor cursor = request.getCursor().isEmpty() ? null : PageCursor.decode(request.getCursor());
            IncidentPage page = useCases.listing().list(filter, limit, cursor);
            ListIncidentsResponse.Builder answer = ListIncidentsResponse.newBuilder();
            page.items().forEach(incident -> answer.addIncidents(ProtoMessages.incident(incident)));
            if (page.nextCursor() != null) {
                answer.setNextCursor(page.nextCursor().encode());
            }
            return answer.build();
        });
    }

    @Override
    public void acknowledge(TransitionRequest request, StreamObserver<Incident> responses) {
        transition(request, responses, useCases.lifecycle()::acknowledge);
    }

    @Override
    public void start(TransitionRequest request, StreamObserver<Incident> responses) {
        transition(request, responses, useCases.lifecycle()::start);
    }

    @Override
    public void close(TransitionRequest request, StreamObserver<Incident> responses) {
        transition(request, responses, useCases.lifecycle()::close);
    }

    @Override
    public void reopen(TransitionRequest request, StreamObserver<Incident> responses) {
        transition(request, responses, useCases.lifecycle()::reopen);
    }

    @Override
    public void resolve(ResolveRequest request, StreamObserver<Incident> responses) {
        unary(responses, () -> ProtoMessages.incident(useCases.lifecycle().resolve(new IncidentId(request.getId()),
                actor(request.getActor()), request.hasNote() ? request.getNote() : null,
                request.hasRootCause() ? request.getRootCause() : null)));
    }

    @Override
    public void watchIncidents(WatchIncidentsRequest request, StreamObserver<WatchIncidentsResponse> responses) {
        watchers.watch(request, (ServerCallStreamObserver<WatchIncidentsResponse>) responses);
    }

    private void transition(TransitionRequest request, StreamObserver<Incident> responses,
                            BiFunction<IncidentId, String, IncidentSnapshot> move) {
        unary(responses, () -> ProtoMessages.incident(move.apply(new IncidentId(request.getId()),
                actor(request.getActor()))));
    }

    private static String actor(String actor) {
        return actor.isBlank() ? DEFAULT_ACTOR : actor.strip();
    }

    private static <T> void unary(StreamObserver<T> responses, Supplier<T> call) {
        T answer;
        try {
            answer = call.get();
        } catch (RuntimeException e) {
            responses.onError(GrpcStatus.of(e));
            return;
        }
        responses.onNext(answer);
        responses.onCompleted();
    }
}
