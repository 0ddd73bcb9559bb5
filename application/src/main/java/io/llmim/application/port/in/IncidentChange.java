package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the change log: at {@code position} (growing, never reused), {@code kind} made the
 * incident {@code incident} at {@code at}. The snapshot is the incident as that change stored it.
 */
public record IncidentChange(long position, ChangeKind kind, Instant at, IncidentSnapshot incident) {

    public IncidentChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(incident, "incident");
    }
}
