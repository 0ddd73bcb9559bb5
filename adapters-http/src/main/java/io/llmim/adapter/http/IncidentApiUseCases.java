package io.llmim.adapter.http;

import io.llmim.application.port.in.AnalyzeIncidentUseCase;
import io.llmim.application.port.in.GetIncidentQuery;
import io.llmim.application.port.in.ListIncidentsQuery;
import io.llmim.application.port.in.ListJobsQuery;
import io.llmim.application.port.in.RelatedIncidentsQuery;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.TransitionIncidentUseCase;

/** The use cases the incident API drives. */
public record IncidentApiUseCases(ReportEventUseCase report, TransitionIncidentUseCase lifecycle,
                                  GetIncidentQuery incidents, ListIncidentsQuery listing,
                                  AnalyzeIncidentUseCase analysis, RelatedIncidentsQuery related, ListJobsQuery jobs) {
}
