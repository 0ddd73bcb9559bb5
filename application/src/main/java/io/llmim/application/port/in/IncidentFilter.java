package io.llmim.application.port.in;

import io.llmim.domain.Category;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;

/**
 * Which incidents a listing returns; a null field does not filter. {@code titleContains} matches
 * a part of the title, ignoring the case of ASCII letters (what every store can do with an index-free scan).
 */
public record IncidentFilter(IncidentState state, Severity severity, String source, Category category,
                             String titleContains) {

    public IncidentFilter(IncidentState state, Severity severity, String source, Category category) {
        this(state, severity, source, category, null);
    }

    public static IncidentFilter all() {
        return new IncidentFilter(null, null, null, null, null);
    }

    public boolean matches(IncidentSnapshot incident) {
        return (state == null || incident.state() == state)
                && (severity == null || incident.severity() == severity)
                && (source == null || incident.source().equals(source))
                && (category == null || incident.category() == category)
                && (titleContains == null || asciiLowerCase(incident.title()).contains(asciiLowerCase(titleContains)));
    }

    private static String asciiLowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.chars().forEach(c -> lower.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
        return lower.toString();
    }
}
