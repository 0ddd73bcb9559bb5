package io.llmim.application.suppression;

import io.llmim.application.port.in.SweepSilencesUseCase;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.SilenceRepository;
import io.llmim.domain.Silence;

import java.time.Clock;
import java.time.Instant;

/**
 * Ends each silence made for an incident ({@code POST /v1/incidents/{id}/silence}) once that
 * incident is no longer active. A sweep rather than a hook on the incident's write path: the silence
 * lives in another table, a resolve must not fail for it, and a sweep run after a crash catches up.
 */
public final class SilenceSweep implements SweepSilencesUseCase {

    private final SilenceRepository silences;
    private final IncidentRepository incidents;
    private final Clock clock;

    public SilenceSweep(SilenceRepository silences, IncidentRepository incidents, Clock clock) {
        this.silences = silences;
        this.incidents = incidents;
        this.clock = clock;
    }

    @Override
    public int sweep() {
        Instant now = clock.instant();
        int ended = 0;
        for (Silence silence : silences.unexpiredAt(now)) {
            if (silence.tiedTo() != null && !incidents.findById(silence.tiedTo())
                    .map(incident -> incident.state().isActive()).orElse(false)) {
                silences.save(silence.expiredAt(now));
                ended++;
            }
        }
        return ended;
    }
}
