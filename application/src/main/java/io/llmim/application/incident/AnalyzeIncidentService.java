package io.llmim.application.incident;

import io.llmim.application.port.in.AnalyzeIncidentUseCase;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.application.port.out.RootCauseAnalyst;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.TimelineEntryKind;

import java.util.Locale;
import java.util.concurrent.Executor;

/** Checks the incident exists, then runs the analysis in the background and writes it to the timeline. */
public record AnalyzeIncidentService(IncidentRepository incidents, RootCauseAnalyst analyst, Executor background,
                                     IncidentChanges changes) implements AnalyzeIncidentUseCase {

    private static final System.Logger LOG = System.getLogger(AnalyzeIncidentService.class.getName());

    @Override
    public void request(IncidentId id) {
        incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        background.execute(() -> {
            try {
                analyze(id);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "analysing incident " + id + " failed", e);
            }
        });
    }

    /** The analysis itself, synchronously. */
    public void analyze(IncidentId id) {
        Incident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        LlmOutcome<RootCauseAnalyst.Analysis> outcome = analyst.analyze(incident, incidents.timeline(id));
        changes.apply(id, (fresh, now) -> {
            if (outcome instanceof LlmOutcome.Answered<RootCauseAnalyst.Analysis> answered) {
                RootCauseAnalyst.Analysis analysis = answered.value();
                fresh.annotate(TimelineEntryKind.ANALYZED, analysis.author(), "probable root cause: "
                        + analysis.probableRootCause() + String.format(Locale.ROOT, " (confidence %.2f)",
                        analysis.confidence()), now);
            } else if (outcome instanceof LlmOutcome.Failed<RootCauseAnalyst.Analysis> failed) {
                fresh.annotate(TimelineEntryKind.NOTE, "llm", "root-cause analysis unavailable ("
                        + failed.cause().label() + ")", now);
            }
        });
    }
}
