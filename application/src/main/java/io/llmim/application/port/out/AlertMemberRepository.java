package io.llmim.application.port.out;

import io.llmim.domain.IncidentId;

import java.time.Instant;
import java.util.List;

/**
 * The alerts that make up an alert-group incident, by Alertmanager fingerprint: which still fire.
 * Writes are idempotent upserts, since Alertmanager delivers at least once.
 */
public interface AlertMemberRepository {

    record AlertMember(String fingerprint, boolean firing, Instant startsAt, Instant endsAt) {
    }

    void upsert(IncidentId incident, AlertMember member);

    List<AlertMember> members(IncidentId incident);

    /**
     * Marks resolved the firing members whose end is at or before {@code now} (posted alerts that
     * were not repeated in time), of at most {@code limit} incidents, and returns those incidents.
     * A member refreshed meanwhile with a later end keeps firing: the check and the change are one
     * statement per incident.
     */
    List<IncidentId> resolveEndedMembers(Instant now, int limit);
}
