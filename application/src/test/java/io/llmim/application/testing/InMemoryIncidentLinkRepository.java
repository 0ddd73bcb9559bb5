package io.llmim.application.testing;

import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.port.out.IncidentLinkRepository;
import io.llmim.domain.IncidentId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reference {@link IncidentLinkRepository}. */
public final class InMemoryIncidentLinkRepository implements IncidentLinkRepository {

    private final Map<String, Map<IncidentId, String>> links = new LinkedHashMap<>();

    @Override
    public synchronized void link(IncidentId incident, List<IncidentLink> related) {
        for (IncidentLink link : related) {
            links.computeIfAbsent(incident.value(), k -> new LinkedHashMap<>()).putIfAbsent(link.related(), link.reason());
            links.computeIfAbsent(link.related().value(), k -> new LinkedHashMap<>()).putIfAbsent(incident, link.reason());
        }
    }

    @Override
    public synchronized List<IncidentLink> related(IncidentId incident) {
        List<IncidentLink> related = new ArrayList<>();
        links.getOrDefault(incident.value(), Map.of()).forEach((other, reason) -> related.add(new IncidentLink(other, reason)));
        return related;
    }
}
