package io.llmim.application.port.out;

import io.llmim.domain.Incident;
import io.llmim.domain.TimelineEntry;

import java.util.List;

/** Proposes a probable root cause from an incident and what has happened to it so far. */
public interface RootCauseAnalyst {

    /** The probable cause, how sure the analyst is (0..1), and who analysed. */
    record Analysis(String probableRootCause, double confidence, String author) {
    }

    LlmOutcome<Analysis> analyze(Incident incident, List<TimelineEntry> timeline);
}
