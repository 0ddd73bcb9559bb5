package io.llmim.application.testing;

import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.domain.IncidentId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reference {@link AlertMemberRepository}, in maps. */
public final class InMemoryAlertMemberRepository implements AlertMemberRepository {

    private final Map<IncidentId, Map<String, AlertMember>> byIncident = new HashMap<>();

    @Override
    public synchronized void upsert(IncidentId incident, AlertMember member) {
        byIncident.computeIfAbsent(incident, id -> new LinkedHashMap<>()).put(member.fingerprint(), member);
    }

    @Override
    public synchronized List<AlertMember> members(IncidentId incident) {
        return new ArrayList<>(byIncident.getOrDefault(incident, Map.of()).values());
    }
}
