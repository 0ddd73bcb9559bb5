package io.llmim.adapter.grpc;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.llmim.application.port.out.GrpcMetrics;
import io.llmim.grpc.v1.IncidentServiceGrpc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gRPC server (Netty): {@code llmim.v1.IncidentService} behind the bearer tokens when any are
 * configured, and, open like REST's health routes, the standard health service and server
 * reflection, so that generic clients work without the proto file. Calls run on a fixed pool of
 * worker threads, since they block on the store. Every service counts its open calls into
 * {@code grpc_connections_active} and passes through the interceptors it is given (the per-call
 * meters bootstrap builds).
 */
public final class GrpcApi {

    private final Server server;
    private final Watchers watchers;
    private final ExecutorService workers;
    private final HealthStatusManager health;

    private GrpcApi(Server server, Watchers watchers, ExecutorService workers, HealthStatusManager health) {
        this.server = server;
        this.watchers = watchers;
        this.workers = workers;
        this.health = health;
    }

    /**
     * Starts listening on {@code host:port} (port 0: any free port).
     *
     * @param callInterceptors applied to every call of every service, as {@link ServerInterceptors#intercept} orders them (the last outermost)
     * @throws IOException when the address cannot be bound
     */
    public static GrpcApi start(String host, int port, GrpcUseCases useCases, GrpcApiSettings settings,
                                GrpcMetrics metrics, List<ServerInterceptor> callInterceptors) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(settings.workerThreads(), daemonThreads());
        Watchers watchers = new Watchers(useCases.stream(), workers, settings);
        HealthStatusManager health = new HealthStatusManager();
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
                .executor(workers)
                .maxInboundMessageSize(settings.maxMessageBytes());
        List<ServerInterceptor> incidentInterceptors = settings.bearerTokens().isEmpty() ? List.of()
                : List.of(new BearerTokenInterceptor(settings.bearerTokens()));
        builder.addService(measured(new IncidentGrpcService(useCases, watchers, workers), incidentInterceptors, metrics,
                callInterceptors));
        builder.addService(measured(health.getHealthService(), List.of(), metrics, callInterceptors));
        builder.addService(measured(ProtoReflectionServiceV1.newInstance(), List.of(), metrics, callInterceptors));
        Server server;
        try {
            server = builder.build().start();
        } catch (IOException | RuntimeException e) {
            watchers.close();
            workers.shutdownNow();
            throw e;
        }
        health.setStatus(IncidentServiceGrpc.SERVICE_NAME, HealthCheckResponse.ServingStatus.SERVING);
        return new GrpcApi(server, watchers, workers, health);
    }

    // ServerInterceptors.intercept makes the last interceptor given the outermost one.
    private static ServerServiceDefinition measured(BindableService service, List<ServerInterceptor> own,
                                                    GrpcMetrics metrics, List<ServerInterceptor> callInterceptors) {
        ServerServiceDefinition definition = service.bindService();
        String name = definition.getServiceDescriptor().getName();
        metrics.serviceRegistered(name);
        List<ServerInterceptor> innermostFirst = new ArrayList<>(own);
        innermostFirst.addAll(callInterceptors);
        innermostFirst.add(new ActiveCallsInterceptor(name, metrics));
        return ServerInterceptors.intercept(definition, innermostFirst);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "grpc-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public int port() {
        return server.getPort();
    }

    /** How many WatchIncidents streams are open (for tests). */
    int watching() {
        return watchers.open();
    }

    /**
     * Stops within {@code grace}: health says NOT_SERVING, watch streams end (they never end by
     * themselves), the server stops accepting calls and lets the open ones (a report stream
     * included) finish; whatever still runs when the grace period is over is cancelled.
     */
    public void stop(Duration grace) throws InterruptedException {
        health.enterTerminalState();
        watchers.close();
        server.shutdown();
        try {
            if (!server.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS)) {
                server.shutdownNow();
                server.awaitTermination(1, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }
    }
}
