package io.llmim.application.port.in;

import io.llmim.domain.Category;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;

/** Which incidents a listing returns; a null field does not filter. */
public record IncidentFilter(IncidentState state, Severity severity, String source, Category category) {

    public static IncidentFilter all() {
        return new IncidentFilter(null, null, null, null);
    }

    public boolean matches(IncidentSnapshot incident) {
        return (state == null || incident.state() == state)
                && (severity == null || incident.severity() == severity)
                && (source == null || incident.source().equals(source))
                && (category == null || incident.category() == category);
    }
}
