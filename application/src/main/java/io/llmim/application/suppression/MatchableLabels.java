package io.llmim.application.suppression;

import io.llmim.domain.Incident;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The label set silence, maintenance and inhibition matchers see for an incident: its own labels
 * plus {@code source}, {@code severity} ({@code P0}..{@code P4}) and {@code category} (lower case),
 * which take precedence over labels of the same names so that a matcher on them means the same for
 * every entry point.
 */
public final class MatchableLabels {

    /** The names the incident's own fields take, over labels of the same names. */
    public static final Set<String> OWN = Set.of("source", "severity", "category");

    private MatchableLabels() {
    }

    public static Map<String, String> of(Incident incident) {
        Map<String, String> labels = new HashMap<>(incident.labels());
        labels.put("source", incident.source());
        labels.put("severity", incident.severity().name());
        labels.put("category", incident.category().label());
        return Map.copyOf(labels);
    }
}
