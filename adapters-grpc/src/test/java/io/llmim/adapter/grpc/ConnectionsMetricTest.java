package io.llmim.adapter.grpc;

import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import io.llmim.application.port.out.GrpcMetrics;
import io.llmim.grpc.v1.WatchIncidentsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.llmim.adapter.grpc.Requests.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** grpc_connections_active counts the open calls of each registered service; reflection lists the services. */
class ConnectionsMetricTest {

    private static final String INCIDENTS = "llmim.v1.IncidentService";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final CountingGrpcMetrics metrics = new CountingGrpcMetrics();
    private final GrpcTestServer server = GrpcTestServer.builder().withMetrics(metrics).start();

    ConnectionsMetricTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void every_service_is_registered_at_start() {
        assertThat(metrics.active).containsOnlyKeys(INCIDENTS, "grpc.health.v1.Health",
                "grpc.reflection.v1.ServerReflection");
    }

    @Test
    void an_open_watch_counts_until_it_is_cancelled() {
        WatchClient watch = WatchClient.reading();
        server.async().watchIncidents(WatchIncidentsRequest.getDefaultInstance(), watch);
        await().atMost(PATIENCE).until(() -> metrics.active(INCIDENTS) == 1);

        watch.cancel();

        await().atMost(PATIENCE).until(() -> metrics.active(INCIDENTS) == 0);
    }

    @Test
    void a_finished_unary_call_no_longer_counts() {
        server.blocking().reportEvent(anEvent().build());

        await().atMost(PATIENCE).until(() -> metrics.active(INCIDENTS) == 0);
        assertThat(metrics.started).containsEntry(INCIDENTS, 1);
    }

    @Test
    void reflection_lists_the_incident_service() {
        List<ServerReflectionResponse> responses = new CopyOnWriteArrayList<>();
        StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(server.channel)
                .serverReflectionInfo(new StreamObserver<>() {
                    @Override
                    public void onNext(ServerReflectionResponse response) {
                        responses.add(response);
                    }

                    @Override
                    public void onError(Throwable t) {
                    }

                    @Override
                    public void onCompleted() {
                    }
                });

        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());

        await().atMost(PATIENCE).until(() -> !responses.isEmpty());
        requests.onCompleted();
        assertThat(responses.get(0).getListServicesResponse().getServiceList()).extracting(ServiceResponse::getName)
                .contains(INCIDENTS, "grpc.health.v1.Health");
    }

    /** Keeps the gauge as the Prometheus recorder would, and how many calls each service started. */
    private static final class CountingGrpcMetrics implements GrpcMetrics {
        final Map<String, Integer> active = new ConcurrentHashMap<>();
        final Map<String, Integer> started = new ConcurrentHashMap<>();

        int active(String service) {
            return active.getOrDefault(service, -1);
        }

        @Override
        public void serviceRegistered(String service) {
            active.put(service, 0);
        }

        @Override
        public void callStarted(String service) {
            active.merge(service, 1, Integer::sum);
            started.merge(service, 1, Integer::sum);
        }

        @Override
        public void callEnded(String service) {
            active.merge(service, -1, Integer::sum);
        }
    }
}
