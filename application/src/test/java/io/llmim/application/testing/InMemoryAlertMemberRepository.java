package io.llmim.application.testing;

import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.domain.IncidentId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The reference {@link AlertMemberRepository}, in maps. */
public final class InMemoryAlertMemberRepository implements AlertMemberRepository {

    private final Map<IncidentId, Map<String, AlertMember>> byIncident = new HashMap<>();

    @Override
    public synchronized void upsertAll(IncidentId incident, List<AlertMember> members) {
        Map<String, AlertMember> stored = byIncident.computeIfAbsent(incident, id -> new LinkedHashMap<>());
        members.forEach(member -> stored.put(member.fingerprint(), member));
    }

    /** Deletes the members of the incidents {@code which} accepts; returns how many. */
    synchronized int deleteOf(Predicate<IncidentId> which) {
        int deleted = byIncident.entrySet().stream().filter(e -> which.test(e.getKey()))
                .mapToInt(e -> e.getValue().size()).sum();
        byIncident.keySet().removeIf(which);
        return deleted;
    }

    @Override
    public synchronized List<AlertMember> members(IncidentId incident) {
        return new ArrayList<>(byIncident.getOrDefault(incident, Map.of()).values());
    }

    @Override
    public synchronized List<FiringMember> firing(int limit) {
        return byIncident.entrySet().stream().flatMap(members -> members.getValue().values().stream()
                        .map(member -> new FiringMember(members.getKey(), member)))
                .filter(firing -> firing.member().firing())
                .sorted(Comparator.comparing(firing -> firing.member().endsAt(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<IncidentId> resolveEndedMembers(Instant now, int limit) {
        List<IncidentId> resolved = new ArrayList<>();
        for (Map.Entry<IncidentId, Map<String, AlertMember>> incident : byIncident.entrySet()) {
            if (resolved.size() == limit) {
                break;
            }
            boolean any = false;
            for (AlertMember member : incident.getValue().values()) {
                if (member.firing() && member.endsAt() != null && !member.endsAt().isAfter(now)) {
                    incident.getValue().put(member.fingerprint(), member.resolved());
                    any = true;
                }
            }
            if (any) {
                resolved.add(incident.getKey());
            }
        }
        return resolved;
    }
}
