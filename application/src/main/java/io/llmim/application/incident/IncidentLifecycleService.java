package io.llmim.application.incident;

import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.in.TransitionIncidentUseCase;
import io.llmim.application.port.out.ActiveFingerprintConflictException;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentId;

/** Applies lifecycle moves through {@link IncidentChanges}. */
public record IncidentLifecycleService(IncidentChanges changes) implements TransitionIncidentUseCase {

    @Override
    public IncidentSnapshot acknowledge(IncidentId id, String actor) {
        return changes.apply(id, (incident, at) -> incident.acknowledge(actor, at)).snapshot();
    }

    @Override
    public IncidentSnapshot start(IncidentId id, String actor) {
        return changes.apply(id, (incident, at) -> incident.start(actor, at)).snapshot();
    }

    @Override
    public IncidentSnapshot resolve(IncidentId id, String actor, String note, String rootCause) {
        return changes.apply(id, (incident, at) -> incident.resolve(actor, at, note, rootCause)).snapshot();
    }

    @Override
    public IncidentSnapshot close(IncidentId id, String actor) {
        return changes.apply(id, (incident, at) -> incident.close(actor, at)).snapshot();
    }

    @Override
    public IncidentSnapshot reopen(IncidentId id, String actor) {
        try {
            return changes.apply(id, (incident, at) -> incident.reopen(actor, at)).snapshot();
        } catch (ConcurrentUpdateException e) {
            if (e.getCause() instanceof ActiveFingerprintConflictException) {
                throw new ConcurrentUpdateException("cannot reopen incident " + id
                        + ": another active incident has the same fingerprint", e.getCause());
            }
            throw e;
        }
    }
}
