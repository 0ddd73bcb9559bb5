package io.llmim.application.port.out;

import io.llmim.domain.IncidentId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The alerts that make up an alert-group incident, by Alertmanager fingerprint: which still fire.
 * Writes are idempotent upserts, since Alertmanager delivers at least once.
 */
public interface AlertMemberRepository {

    /** One alert of a group: whether it fires, and what its sender last said of it. */
    record AlertMember(String fingerprint, boolean firing, Instant startsAt, Instant endsAt,
                       Map<String, String> labels, Map<String, String> annotations, String generatorUrl,
                       Instant updatedAt) {
        public AlertMember {
            labels = Map.copyOf(labels);
            annotations = Map.copyOf(annotations);
        }

        /** A member known only by its fingerprint and times. */
        public AlertMember(String fingerprint, boolean firing, Instant startsAt, Instant endsAt) {
            this(fingerprint, firing, startsAt, endsAt, Map.of(), Map.of(), null, null);
        }

        public AlertMember resolved() {
            return new AlertMember(fingerprint, false, startsAt, endsAt, labels, annotations, generatorUrl, updatedAt);
        }
    }

    /** Writes the members of one incident together: one round trip, durable all at once or not at all. */
    void upsertAll(IncidentId incident, List<AlertMember> members);

    default void upsert(IncidentId incident, AlertMember member) {
        upsertAll(incident, List.of(member));
    }

    List<AlertMember> members(IncidentId incident);

    /**
     * Marks resolved the firing members whose end is at or before {@code now} (posted alerts that
     * were not repeated in time), of at most {@code limit} incidents, and returns those incidents.
     * A member refreshed meanwhile with a later end keeps firing: the check and the change are one
     * statement per incident.
     */
    List<IncidentId> resolveEndedMembers(Instant now, int limit);

    /** A firing member and the incident it belongs to. */
    record FiringMember(IncidentId incident, AlertMember member) {
    }

    /** The firing members of every incident, with their incidents, at most {@code limit}, soonest end first. */
    List<FiringMember> firing(int limit);

    /** The firing members of every incident, at most {@code limit}, soonest end first. */
    default List<AlertMember> firingMembers(int limit) {
        return firing(limit).stream().map(FiringMember::member).toList();
    }
}
