package io.llmim.application.integration;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code [integrations.alertmanager] group_by}: which labels make two alerts one group, as an
 * Alertmanager route's {@code group_by}; {@code ["..."]} groups by every label.
 */
public record AlertGrouping(List<String> groupBy) {

    /** {@code group_by = ["..."]}: every label is a grouping label. */
    public static final String ALL_LABELS = "...";

    public AlertGrouping {
        groupBy = List.copyOf(groupBy);
    }

    /** The labels of {@code alertLabels} that name its group. */
    public Map<String, String> groupLabels(Map<String, String> alertLabels) {
        if (groupBy.contains(ALL_LABELS)) {
            return new TreeMap<>(alertLabels);
        }
        Map<String, String> group = new TreeMap<>();
        groupBy.stream().filter(alertLabels::containsKey).forEach(name -> group.put(name, alertLabels.get(name)));
        return group;
    }
}
