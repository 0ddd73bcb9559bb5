package io.llmim.benchmarks;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.MetadataUtils;
import io.llmim.grpc.v1.IncidentServiceGrpc;
import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.ReportEventResponse;
import io.llmim.grpc.v1.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Events per second through {@code ReportEvents}: STREAMS streams on one channel, each sending
 * EVENTS events as fast as flow control lets it, and counting answers (each is sent once its event
 * is stored, so the rate is of durable reports). {@code new} gives every event its own dedup key
 * (every event opens an incident); {@code repeated} gives each stream one key (every event after a
 * stream's first is a duplicate). Bounded by count; run it against a service on loopback only.
 *
 * <p>usage: {@code java -cp benchmarks/target/benchmarks.jar io.llmim.benchmarks.GrpcReportLoad
 * STREAMS EVENTS-PER-STREAM new|repeated HOST:PORT [TOKEN]}
 */
public final class GrpcReportLoad {

    private GrpcReportLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || !List.of("new", "repeated").contains(args[2])) {
            System.err.println("usage: GrpcReportLoad STREAMS EVENTS-PER-STREAM new|repeated HOST:PORT [TOKEN]");
            System.exit(2);
        }
        int streams = Integer.parseInt(args[0]);
        int events = Integer.parseInt(args[1]);
        boolean repeated = args[2].equals("repeated");
        int colon = args[3].lastIndexOf(':');
        ManagedChannel channel = NettyChannelBuilder.forAddress(args[3].substring(0, colon),
                Integer.parseInt(args[3].substring(colon + 1))).usePlaintext().build();
        IncidentServiceGrpc.IncidentServiceStub stub = IncidentServiceGrpc.newStub(channel);
        if (args.length > 4) {
            Metadata auth = new Metadata();
            auth.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + args[4]);
            stub = stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(auth));
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicLong deduplicated = new AtomicLong();
        List<CompletableFuture<Long>> finished = new ArrayList<>();
        long started = System.nanoTime();
        for (int s = 0; s < streams; s++) {
            String prefix = "grpc-load-" + run + "-" + s;
            Sender sender = new Sender(events, i -> ReportEventRequest.newBuilder()
                    .setSource("grpc-load").setTitle("load " + prefix).setSeverity(Severity.P3)
                    .setDedupKey(repeated ? prefix : prefix + "-" + i).build(), deduplicated);
            stub.reportEvents(sender);
            finished.add(sender.answered);
        }
        long answered = 0;
        for (CompletableFuture<Long> stream : finished) {
            answered += stream.get(30, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d stream(s) x %d %s events: %d answered (%d deduplicated) in %.2f s = %.0f events/s%n",
                streams, events, args[2], answered, deduplicated.get(), seconds, answered / seconds);
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Sends while the stream is ready, half-closes after the last event, completes with the answers counted. */
    private static final class Sender implements ClientResponseObserver<ReportEventRequest, ReportEventResponse> {
        final CompletableFuture<Long> answered = new CompletableFuture<>();
        private final int events;
        private final IntFunction<ReportEventRequest> event;
        private final AtomicLong deduplicated;
        private ClientCallStreamObserver<ReportEventRequest> requests;
        private int sent;
        private long answers;

        Sender(int events, IntFunction<ReportEventRequest> event, AtomicLong deduplicated) {
            this.events = events;
            this.event = event;
            this.deduplicated = deduplicated;
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<ReportEventRequest> requests) {
            this.requests = requests;
            requests.setOnReadyHandler(this::sendWhileReady);
        }

        private synchronized void sendWhileReady() {
            while (requests.isReady() && sent < events) {
                requests.onNext(event.apply(sent++));
                if (sent == events) {
                    requests.onCompleted();
                }
            }
        }

        @Override
        public void onNext(ReportEventResponse answer) {
            answers++;
            if (answer.getDeduplicated()) {
                deduplicated.incrementAndGet();
            }
        }

        @Override
        public void onError(Throwable failure) {
            answered.completeExceptionally(failure);
        }

        @Override
        public void onCompleted() {
            answered.complete(answers);
        }
    }
}
