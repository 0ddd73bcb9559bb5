package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;

import java.util.List;

/** What mutes an incident now (silences, maintenance windows, inhibition), for the incident views. */
public interface IncidentHoldsQuery {

    /**
     * What mutes one incident: {@code silencedBy} the silences and maintenance windows (which mute
     * as silences do, as in Alertmanager's alerts view), {@code inhibitedBy} the incidents that
     * inhibit it, and {@code heldBy} each reason with what holds for it, so that a maintenance window
     * can be told from a silence; all empty when nothing does.
     */
    record MutedBy(List<String> silencedBy, List<String> inhibitedBy, List<HeldBy> heldBy) {
        public MutedBy {
            silencedBy = List.copyOf(silencedBy);
            inhibitedBy = List.copyOf(inhibitedBy);
            heldBy = List.copyOf(heldBy);
        }

        public static MutedBy nothing() {
            return new MutedBy(List.of(), List.of(), List.of());
        }
    }

    /**
     * One reason an incident is held ({@code silenced}, {@code maintenance}, {@code inhibited}) and
     * the ids of what holds it for that reason (silences, maintenance windows, inhibiting incidents).
     */
    record HeldBy(String reason, List<String> by) {
        public HeldBy {
            by = List.copyOf(by);
        }
    }

    /** What mutes {@code incident} now. */
    MutedBy mutedBy(IncidentSnapshot incident);

    /** Nothing ever mutes. */
    static IncidentHoldsQuery none() {
        return incident -> MutedBy.nothing();
    }
}
