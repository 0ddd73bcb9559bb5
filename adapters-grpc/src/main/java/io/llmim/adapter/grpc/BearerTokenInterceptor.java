package io.llmim.adapter.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.llmim.application.port.in.BearerTokens;

import java.util.Set;

/**
 * Lets a call through only with {@code authorization: Bearer <one of the configured tokens>} in its
 * metadata: the REST API's rule and tokens, so one token works for both.
 */
final class BearerTokenInterceptor implements ServerInterceptor {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final BearerTokens tokens;

    BearerTokenInterceptor(Set<String> tokens) {
        this.tokens = new BearerTokens(tokens);
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                       ServerCallHandler<Q, A> next) {
        if (tokens.admit(headers.get(AUTHORIZATION))) {
            return next.startCall(call, headers);
        }
        call.close(Status.UNAUTHENTICATED.withDescription(
                "a valid bearer token is required in the authorization metadata"), new Metadata());
        return new ServerCall.Listener<>() {
        };
    }
}
