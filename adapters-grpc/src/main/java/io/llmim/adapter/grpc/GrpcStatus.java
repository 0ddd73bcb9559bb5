package io.llmim.adapter.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.domain.IllegalTransitionException;
import io.llmim.domain.InvalidIncidentDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides which failure becomes which gRPC status, the way the REST API's
 * problem details map them to HTTP: the client's mistakes get their own code and a message (a
 * field violation in {@code google.rpc.BadRequest} for invalid input), and nothing internal is
 * ever sent; only a server fault is INTERNAL, and it is logged.
 */
final class GrpcStatus {

    private static final Logger LOG = LoggerFactory.getLogger(GrpcStatus.class);

    private GrpcStatus() {
    }

    static StatusRuntimeException of(Throwable failure) {
        if (failure instanceof StatusRuntimeException e) {
            return e;
        }
        if (failure instanceof InvalidIncidentDataException e) {
            return invalidField(e.field(), e.getMessage());
        }
        if (failure instanceof IncidentNotFoundException e) {
            return Status.NOT_FOUND.withDescription(e.getMessage()).asRuntimeException();
        }
        if (failure instanceof IllegalTransitionException e) {
            return Status.FAILED_PRECONDITION.withDescription(e.getMessage()).asRuntimeException();
        }
        if (failure instanceof ConcurrentUpdateException e) {
            return Status.ABORTED.withDescription(e.getMessage()).asRuntimeException();
        }
        if (failure instanceof StoreUnavailableException) {
            return Status.UNAVAILABLE.withDescription("the store is unavailable; retry later").asRuntimeException();
        }
        LOG.error("a gRPC call failed", failure);
        return Status.INTERNAL.withDescription("the server failed; the failure was logged").asRuntimeException();
    }

    /** INVALID_ARGUMENT naming {@code field}, with the violation as {@code google.rpc.BadRequest} details. */
    static StatusRuntimeException invalidField(String field, String description) {
        BadRequest violation = BadRequest.newBuilder()
                .addFieldViolations(BadRequest.FieldViolation.newBuilder().setField(field).setDescription(description))
                .build();
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT_VALUE)
                .setMessage(description)
                .addDetails(Any.pack(violation))
                .build());
    }
}
