package io.llmim.application.suppression;

import io.llmim.domain.Incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind of mute together: silences, maintenance windows, inhibition, each a {@link HoldSource}.
 * Whatever acts on holds (notifications, escalations, the alerts view, incident views) asks this,
 * so a new kind of mute is one more source in the list bootstrap wires, and nothing else changes.
 */
public final class Holds {

    private final List<HoldSource> sources;

    public Holds(List<HoldSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** No mutes at all. */
    public static Holds none() {
        return new Holds(List.of());
    }

    /** Whether there is no source at all, so that nothing is ever held. */
    public boolean holdsNothing() {
        return sources.isEmpty();
    }

    /** What holds {@code incident} at {@code at}, matched on {@link MatchableLabels#of its labels}. */
    public List<Hold> on(Incident incident, Instant at) {
        return on(incident, MatchableLabels.of(incident), at);
    }

    /** What holds {@code incident} at {@code at}, matched on {@code matchable} (an alert's own labels, say). */
    public List<Hold> on(Incident incident, Map<String, String> matchable, Instant at) {
        return sources.stream().map(source -> source.holdOn(incident, matchable, at)).flatMap(Optional::stream).toList();
    }
}
