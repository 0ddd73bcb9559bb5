package io.llmim.application.port.in;

import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;

/** How many incidents the store holds in one state at one severity. */
public record IncidentCount(IncidentState state, Severity severity, long count) {
}
