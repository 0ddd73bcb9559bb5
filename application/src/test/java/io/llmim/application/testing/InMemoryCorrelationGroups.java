package io.llmim.application.testing;

import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.RelatedIncidents;
import io.llmim.application.port.out.CorrelationGroups;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reference {@link CorrelationGroups}: one membership per incident, in a map under one lock. */
public final class InMemoryCorrelationGroups implements CorrelationGroups {

    private record Membership(IncidentId incident, IncidentId group, String reason, Instant createdAt) {
    }

    private static final Comparator<Membership> NEWEST_FIRST = Comparator.comparing(Membership::createdAt)
            .thenComparing(m -> m.incident().value()).reversed();

    private final Map<IncidentId, Membership> memberships = new HashMap<>();

    @Override
    public synchronized Map<IncidentId, IncidentId> groupsOf(Collection<IncidentId> incidents) {
        Map<IncidentId, IncidentId> groups = new HashMap<>();
        incidents.stream().filter(memberships::containsKey)
                .forEach(id -> groups.put(id, memberships.get(id).group()));
        return groups;
    }

    @Override
    public synchronized void join(IncidentSnapshot incident, IncidentSnapshot match, String reason) {
        memberships.putIfAbsent(match.id(), new Membership(match.id(), match.id(), reason, match.createdAt()));
        IncidentId group = memberships.get(match.id()).group();
        memberships.putIfAbsent(incident.id(), new Membership(incident.id(), group, reason, incident.createdAt()));
    }

    @Override
    public synchronized RelatedIncidents related(IncidentId incident, int limit, PageCursor after) {
        Membership own = memberships.get(incident);
        if (own == null) {
            return RelatedIncidents.none();
        }
        List<Membership> others = memberships.values().stream()
                .filter(m -> m.group().equals(own.group()) && !m.incident().equals(incident))
                .sorted(NEWEST_FIRST).toList();
        List<Membership> rest = others.stream().filter(m -> after == null || isAfter(m, after)).toList();
        List<Membership> page = rest.subList(0, Math.min(limit, rest.size()));
        PageCursor next = rest.size() > limit
                ? new PageCursor(page.get(limit - 1).createdAt(), page.get(limit - 1).incident()) : null;
        return new RelatedIncidents(page.stream().map(m -> new IncidentLink(m.incident(), m.reason())).toList(),
                others.size(), next);
    }

    private static boolean isAfter(Membership member, PageCursor cursor) {
        int byTime = member.createdAt().compareTo(cursor.createdAt());
        return byTime < 0 || (byTime == 0 && member.incident().value().compareTo(cursor.id().value()) < 0);
    }
}
