package io.llmim.domain.maintenance;

import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.PlainText;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A recurring mute managed through the API: while one of its time intervals contains the instant,
 * incidents whose labels satisfy all of its matchers are held as silenced ones are. Alertmanager
 * keeps such intervals in its configuration file only.
 */
public record MaintenanceWindow(String id, String name, List<LabelMatcher> matchers, List<TimeInterval> timeIntervals,
                                String createdBy, String comment, Instant createdAt, Instant updatedAt) {

    public MaintenanceWindow {
        if (id == null || id.isBlank()) {
            throw new InvalidIncidentDataException("id", "is required");
        }
        name = PlainText.require("name", required("name", name));
        createdBy = PlainText.require("created_by", required("created_by", createdBy));
        comment = comment == null ? "" : PlainText.require("comment", comment);
        matchers = List.copyOf(matchers);
        timeIntervals = List.copyOf(timeIntervals);
        // Like a silence, a window mutes what it names: without a matcher it would mute everything.
        if (matchers.isEmpty()) {
            throw new InvalidIncidentDataException("matchers", "at least one matcher is required");
        }
        if (timeIntervals.isEmpty()) {
            throw new InvalidIncidentDataException("time_intervals",
                    "at least one time interval is required ({} is always)");
        }
    }

    /** Whether one of the window's intervals contains {@code at}. */
    public boolean activeAt(Instant at) {
        return timeIntervals.stream().anyMatch(interval -> interval.contains(at));
    }

    /** Whether the window mutes labels {@code labels} at {@code at}: active, and every matcher satisfied. */
    public boolean mutes(Map<String, String> labels, Instant at) {
        return matchers.stream().allMatch(matcher -> matcher.matches(labels)) && activeAt(at);
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidIncidentDataException(field, "is required");
        }
        return text.strip();
    }
}
