package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;

import java.util.List;

/** What mutes an incident now (silences, maintenance windows, inhibition), for the incident views. */
public interface IncidentHoldsQuery {

    /**
     * What mutes one incident: {@code silencedBy} the silences and maintenance windows (which mute
     * as silences do), {@code inhibitedBy} the incidents that inhibit it; both empty when nothing does.
     */
    record MutedBy(List<String> silencedBy, List<String> inhibitedBy) {
        public MutedBy {
            silencedBy = List.copyOf(silencedBy);
            inhibitedBy = List.copyOf(inhibitedBy);
        }

        public static MutedBy nothing() {
            return new MutedBy(List.of(), List.of());
        }
    }

    /** What mutes {@code incident} now. */
    MutedBy mutedBy(IncidentSnapshot incident);

    /** Nothing ever mutes. */
    static IncidentHoldsQuery none() {
        return incident -> MutedBy.nothing();
    }
}
