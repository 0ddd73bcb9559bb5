package io.llmim.application.suppression;

import io.llmim.application.port.in.SweepSilencesUseCase;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.SilenceRepository;
import io.llmim.application.port.out.SuppressionMetrics;
import io.llmim.domain.Silence;
import io.llmim.domain.SilenceState;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Ends each silence made for an incident ({@code POST /v1/incidents/{id}/silence}) once that
 * incident is no longer active, tells {@link SilenceEvents} of each silence that ended (once, whichever
 * instance sees it first), and counts the silences by state for the gauge. A sweep rather than
 * a hook on the incident's write path: the silence lives in another table, a resolve must not fail
 * for it, and a sweep run after a crash catches up.
 */
public final class SilenceSweep implements SweepSilencesUseCase {

    private static final int ENDS_PER_SWEEP = 100;

    private final SilenceRepository silences;
    private final IncidentRepository incidents;
    private final Clock clock;
    private final SuppressionMetrics metrics;
    private final SilenceEvents events;

    /** @param events hears of each silence's end, once it has passed */
    public SilenceSweep(SilenceRepository silences, IncidentRepository incidents, Clock clock,
                        SuppressionMetrics metrics, SilenceEvents events) {
        this.events = events;
        this.silences = silences;
        this.incidents = incidents;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public int sweep() {
        Instant now = clock.instant();
        Map<SilenceState, Long> counts = new EnumMap<>(SilenceState.class);
        int ended = 0;
        for (Silence silence : silences.all(SilenceService.MAX_LISTED)) {
            SilenceState state = silence.stateAt(now);
            if (state != SilenceState.EXPIRED && tiedToAnEndedIncident(silence)) {
                silences.save(silence.expiredAt(now));
                state = SilenceState.EXPIRED;
                ended++;
            }
            counts.merge(state, 1L, Long::sum);
        }
        for (SilenceState state : SilenceState.values()) {
            metrics.silencesCounted(state, counts.getOrDefault(state, 0L));
        }
        // Told before it is marked: a crash between the two tells again, and the notices' keys make
        // that one notice; marking first could lose it.
        for (Silence silence : silences.endedUnreported(now, ENDS_PER_SWEEP)) {
            events.ended(silence);
            silences.markEndReported(silence.id());
        }
        return ended;
    }

    private boolean tiedToAnEndedIncident(Silence silence) {
        return silence.tiedTo() != null && !incidents.findById(silence.tiedTo())
                .map(incident -> incident.state().isActive()).orElse(false);
    }
}
