package io.llmim.adapter.grpc;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.llmim.application.port.out.GrpcMetrics;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the open calls of one service into {@code grpc_connections_active{service}}: a call counts
 * from its start until it completes or is cancelled, so a stream counts for as long as it is open.
 */
final class ActiveCallsInterceptor implements ServerInterceptor {

    private final String service;
    private final GrpcMetrics metrics;

    ActiveCallsInterceptor(String service, GrpcMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                       ServerCallHandler<Q, A> next) {
        metrics.callStarted(service);
        AtomicBoolean ended = new AtomicBoolean();
        Runnable end = () -> {
            if (ended.compareAndSet(false, true)) {
                metrics.callEnded(service);
            }
        };
        ServerCall.Listener<Q> listener;
        try {
            listener = next.startCall(call, headers);
        } catch (RuntimeException e) {
            end.run();
            throw e;
        }
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
            @Override
            public void onComplete() {
                try {
                    super.onComplete();
                } finally {
                    end.run();
                }
            }

            @Override
            public void onCancel() {
                try {
                    super.onCancel();
                } finally {
                    end.run();
                }
            }
        };
    }
}
