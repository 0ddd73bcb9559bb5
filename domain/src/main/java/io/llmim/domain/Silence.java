package io.llmim.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mute by label matchers over a period, with Alertmanager's rules: every matcher must match, a
 * silence needs one matcher that does not match the empty string (else it would mute everything),
 * it ends after it starts, and its state (pending, active, expired) follows from the clock alone.
 * {@code tiedTo}, when set, names the incident the silence was made for: it ends when that incident
 * resolves.
 */
public record Silence(String id, List<LabelMatcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
                      String comment, Instant updatedAt, IncidentId tiedTo) {

    public Silence {
        Objects.requireNonNull(id, "id");
        matchers = List.copyOf(Objects.requireNonNull(matchers, "matchers"));
        if (matchers.isEmpty()) {
            throw new InvalidIncidentDataException("matchers", "at least one matcher required");
        }
        if (matchers.stream().allMatch(matcher -> matcher.matchesValue(""))) {
            throw new InvalidIncidentDataException("matchers", "at least one matcher must not match the empty string");
        }
        if (startsAt == null) {
            throw new InvalidIncidentDataException("startsAt", "invalid zero start timestamp");
        }
        if (endsAt == null) {
            throw new InvalidIncidentDataException("endsAt", "invalid zero end timestamp");
        }
        if (endsAt.isBefore(startsAt)) {
            throw new InvalidIncidentDataException("endsAt", "end time must not be before start time");
        }
        createdBy = createdBy == null ? "" : createdBy;
        comment = comment == null ? "" : comment;
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Pending before its start, active until its end, expired from its end on. */
    public SilenceState stateAt(Instant at) {
        if (at.isBefore(startsAt)) {
            return SilenceState.PENDING;
        }
        return at.isBefore(endsAt) ? SilenceState.ACTIVE : SilenceState.EXPIRED;
    }

    /** Whether every matcher matches {@code labels} (a missing label is the empty string). */
    public boolean matches(Map<String, String> labels) {
        return matchers.stream().allMatch(matcher -> matcher.matches(labels));
    }

    /** Whether it mutes {@code labels} at {@code at}: active, and every matcher matches. */
    public boolean mutes(Map<String, String> labels, Instant at) {
        return stateAt(at) == SilenceState.ACTIVE && matches(labels);
    }

    /**
     * This silence ended at {@code at}: a pending one never starts (its start and end become
     * {@code at}, as Alertmanager does), an active one ends now, an expired one stays as it was.
     */
    public Silence expiredAt(Instant at) {
        return switch (stateAt(at)) {
            case PENDING -> new Silence(id, matchers, at, at, createdBy, comment, at, tiedTo);
            case ACTIVE -> new Silence(id, matchers, startsAt, at, createdBy, comment, at, tiedTo);
            case EXPIRED -> this;
        };
    }

    /**
     * Whether {@code replacement} may change this silence in place at {@code at}, by Alertmanager's
     * rule: same matchers; an active one keeps its start and may not end in the past; a pending one
     * may not start in the past; an expired one never changes. Otherwise the change is a new silence.
     */
    public boolean canBecome(Silence replacement, Instant at) {
        if (!matchers.equals(replacement.matchers())) {
            return false;
        }
        return switch (stateAt(at)) {
            case ACTIVE -> replacement.startsAt().equals(startsAt) && !replacement.endsAt().isBefore(at);
            case PENDING -> !replacement.startsAt().isBefore(at);
            case EXPIRED -> false;
        };
    }
}
