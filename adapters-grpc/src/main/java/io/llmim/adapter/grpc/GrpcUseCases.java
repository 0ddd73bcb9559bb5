package io.llmim.adapter.grpc;

import io.llmim.application.port.in.GetIncidentQuery;
import io.llmim.application.port.in.ListIncidentsQuery;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.StreamChangesUseCase;
import io.llmim.application.port.in.TransitionIncidentUseCase;

/** The use cases the gRPC API drives: the REST API's, through the same inbound ports. */
public record GrpcUseCases(ReportEventUseCase report, TransitionIncidentUseCase lifecycle, GetIncidentQuery incidents,
                           ListIncidentsQuery listing, StreamChangesUseCase stream) {
}
