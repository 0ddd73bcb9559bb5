package io.llmim.adapter.http;

import io.llmim.application.port.in.AnalyzeIncidentUseCase;
import io.llmim.application.port.in.GetIncidentQuery;
import io.llmim.application.port.in.IncidentHoldsQuery;
import io.llmim.application.port.in.ListIncidentsQuery;
import io.llmim.application.port.in.ListJobsQuery;
import io.llmim.application.port.in.RelatedIncidentsQuery;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.TransitionIncidentUseCase;

/** The use cases the incident API drives; {@code holds} says what mutes an incident (its {@code silenced_by}). */
public record IncidentApiUseCases(ReportEventUseCase report, TransitionIncidentUseCase lifecycle,
                                  GetIncidentQuery incidents, ListIncidentsQuery listing,
                                  AnalyzeIncidentUseCase analysis, RelatedIncidentsQuery related, ListJobsQuery jobs,
                                  IncidentHoldsQuery holds) {

    /** The use cases of an API where nothing mutes incidents. */
    public IncidentApiUseCases(ReportEventUseCase report, TransitionIncidentUseCase lifecycle,
                               GetIncidentQuery incidents, ListIncidentsQuery listing, AnalyzeIncidentUseCase analysis,
                               RelatedIncidentsQuery related, ListJobsQuery jobs) {
        this(report, lifecycle, incidents, listing, analysis, related, jobs, IncidentHoldsQuery.none());
    }
}
