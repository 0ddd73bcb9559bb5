package io.llmim.adapter.http.console;

import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.adapter.http.Problem;
import io.llmim.application.port.in.ManageMaintenanceWindowsUseCase.WindowDraft;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.maintenance.CalendarField;
import io.llmim.domain.maintenance.CalendarRange;
import io.llmim.domain.maintenance.TimeInterval;
import io.llmim.domain.maintenance.TimeOfDayRange;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The form that creates a maintenance window, as typed: a name, a comment, matchers one per line
 * (as amtool writes them), and one time interval (weekdays as Alertmanager writes them, comma
 * separated; a start and an end time; a time zone). A refusal names the form's field, with the
 * reason the API would give.
 */
public record WindowForm(Map<String, String> values, String errorField, String error) {

    static final List<String> FIELDS = List.of("name", "comment", "matchers", "weekdays", "start_time", "end_time",
            "location");

    static WindowForm empty() {
        return new WindowForm(Map.of(), null, null);
    }

    static WindowForm from(Function<String, String> field) {
        Map<String, String> values = new HashMap<>();
        for (String name : FIELDS) {
            String value = field.apply(name);
            values.put(name, value == null ? "" : value.strip());
        }
        return new WindowForm(Map.copyOf(values), null, null);
    }

    WindowDraft toDraft(String actor) {
        List<LabelMatcher> matchers = value("matchers").lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> named("matchers", () -> LabelMatcher.parse(line))).toList();
        List<CalendarRange> weekdays = value("weekdays").isEmpty() ? List.of()
                : Arrays.stream(value("weekdays").split(",")).map(String::strip)
                .map(range -> named("weekdays", () -> CalendarRange.parse(CalendarField.WEEKDAYS, range))).toList();
        List<TimeOfDayRange> times = value("start_time").isEmpty() && value("end_time").isEmpty() ? List.of()
                : List.of(named("start_time", () -> TimeOfDayRange.parse(orNull("start_time"), orNull("end_time"))));
        ZoneId location = named("location", () -> TimeInterval.location(value("location")));
        TimeInterval interval = new TimeInterval(times, weekdays, List.of(), List.of(), List.of(), location);
        return new WindowDraft(value("name"), matchers, List.of(interval), actor, value("comment"));
    }

    WindowForm refused(Problem problem) {
        return new WindowForm(values, problem.field(), problem.detail());
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String errorFor(String name) {
        return name.equals(errorField) ? error : null;
    }

    /** A refusal that names no field of this form: shown above it. */
    public String generalError() {
        return error != null && !FIELDS.contains(errorField) ? error : null;
    }

    private String orNull(String name) {
        return value(name).isEmpty() ? null : value(name);
    }

    // The domain names its own field (matcher, end_time, times); the reader needs the form's.
    private static <T> T named(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidIncidentDataException e) {
            throw new InvalidRequestException(e.field().equals("end_time") ? "end_time" : field, e.reason());
        }
    }
}
