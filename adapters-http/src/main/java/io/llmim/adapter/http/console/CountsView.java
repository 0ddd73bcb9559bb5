package io.llmim.adapter.http.console;

import io.llmim.application.port.in.IncidentCount;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts above the incidents list: all incidents per state and per severity, each a link that
 * narrows the reader's filter to it.
 */
public record CountsView(ListFilter filter, Map<IncidentState, Long> byState, Map<Severity, Long> bySeverity) {

    static CountsView of(ListFilter filter, List<IncidentCount> counts) {
        Map<IncidentState, Long> byState = new EnumMap<>(IncidentState.class);
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (IncidentState state : IncidentState.values()) {
            byState.put(state, 0L);
        }
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0L);
        }
        for (IncidentCount count : counts) {
            byState.merge(count.state(), count.count(), Long::sum);
            bySeverity.merge(count.severity(), count.count(), Long::sum);
        }
        return new CountsView(filter, byState, bySeverity);
    }
}
