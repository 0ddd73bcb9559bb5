package io.llmim.application.service;

import io.llmim.application.port.in.EnrichIncidentUseCase;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.ReportOutcome;
import io.llmim.domain.Event;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Reporting that also schedules enrichment of each new incident in the background, so the sender
 * never waits for a model. When the background is full the incident keeps the rules' verdict.
 */
public final class EnrichNewIncidents implements ReportEventUseCase {

    private static final System.Logger LOG = System.getLogger(EnrichNewIncidents.class.getName());

    private final ReportEventUseCase report;
    private final EnrichIncidentUseCase enrich;
    private final Executor background;

    public EnrichNewIncidents(ReportEventUseCase report, EnrichIncidentUseCase enrich, Executor background) {
        this.report = report;
        this.enrich = enrich;
        this.background = background;
    }

    @Override
    public ReportOutcome report(Event event) {
        ReportOutcome outcome = report.report(event);
        if (outcome instanceof ReportOutcome.Created created) {
            try {
                background.execute(() -> {
                    try {
                        enrich.enrich(created.incident().id());
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "enriching incident " + created.incident().id()
                                + " failed; it keeps its rule-based classification", e);
                    }
                });
            } catch (RejectedExecutionException full) {
                LOG.log(System.Logger.Level.WARNING, "enrichment backlog is full; incident "
                        + created.incident().id() + " keeps its rule-based classification");
            }
        }
        return outcome;
    }
}
