package io.llmim.application.port.out;

import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.RelatedIncidents;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;

import java.util.Collection;
import java.util.Map;

/**
 * Correlation groups: incidents correlation found related. Each incident joins at most one group,
 * named by the incident that founded it, so what correlation stores stays one row per incident
 * however large an alert storm grows (a link per related pair grew with the square of the storm).
 */
public interface CorrelationGroups {

    /** The group of each of {@code incidents} that belongs to one; those that belong to none are left out. */
    Map<IncidentId, IncidentId> groupsOf(Collection<IncidentId> incidents);

    /**
     * Puts {@code incident} into the group {@code match} belongs to, founding one named by
     * {@code match} (which joins it for the same reason) when it belongs to none. An incident keeps
     * the first group it joined: joining again changes nothing, so a correlation job run twice, or
     * two run at once, leave one group. Callers pass a {@code match} reported before {@code incident}.
     */
    void join(IncidentSnapshot incident, IncidentSnapshot match, String reason);

    /**
     * The other members of the group {@code incident} belongs to, newest first (created-at, then id,
     * descending), at most {@code limit} of them strictly after {@code after} when it is given, each
     * with the reason it joined; and how many other members there are in all. Empty with a total of
     * zero when the incident belongs to no group.
     */
    RelatedIncidents related(IncidentId incident, int limit, PageCursor after);
}
