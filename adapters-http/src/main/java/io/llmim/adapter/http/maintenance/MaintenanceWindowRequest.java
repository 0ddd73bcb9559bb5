package io.llmim.adapter.http.maintenance;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.application.port.in.ManageMaintenanceWindowsUseCase.WindowDraft;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.maintenance.CalendarField;
import io.llmim.domain.maintenance.CalendarRange;
import io.llmim.domain.maintenance.TimeInterval;
import io.llmim.domain.maintenance.TimeOfDayRange;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A maintenance window as clients send it: {@code name}, {@code matchers} as amtool writes them,
 * {@code time_intervals} as Alertmanager's configuration writes them, optional {@code created_by}
 * and {@code comment}. Every refusal names the field by its path, e.g.
 * {@code time_intervals[0].times[1].start_time}.
 */
final class MaintenanceWindowRequest {

    private static final String INTERVALS = "time_intervals";

    private MaintenanceWindowRequest() {
    }

    static WindowDraft parse(JsonNode body, String actor) {
        String name = text(body, "name", "name");
        List<LabelMatcher> matchers = new ArrayList<>();
        JsonNode matcherList = array(body, "matchers", "matchers");
        for (int i = 0; i < matcherList.size(); i++) {
            String path = "matchers[" + i + "]";
            String matcher = string(matcherList.get(i), path);
            matchers.add(named(path, () -> LabelMatcher.parse(matcher)));
        }
        List<TimeInterval> intervals = new ArrayList<>();
        JsonNode intervalList = array(body, INTERVALS, INTERVALS);
        for (int i = 0; i < intervalList.size(); i++) {
            intervals.add(interval(intervalList.get(i), INTERVALS + "[" + i + "]"));
        }
        String createdBy = body.hasNonNull("created_by") ? text(body, "created_by", "created_by") : actor;
        String comment = body.hasNonNull("comment") ? text(body, "comment", "comment") : "";
        return new WindowDraft(name, matchers, intervals, createdBy, comment);
    }

    private static TimeInterval interval(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidRequestException(path, "must be an object");
        }
        List<TimeOfDayRange> times = new ArrayList<>();
        JsonNode timeList = node.hasNonNull("times") ? array(node, "times", path + ".times") : null;
        for (int i = 0; timeList != null && i < timeList.size(); i++) {
            String rangePath = path + ".times[" + i + "]";
            JsonNode range = timeList.get(i);
            if (!range.isObject()) {
                throw new InvalidRequestException(rangePath, "must be an object with start_time and end_time");
            }
            String start = range.hasNonNull("start_time") ? text(range, "start_time", rangePath + ".start_time") : null;
            String end = range.hasNonNull("end_time") ? text(range, "end_time", rangePath + ".end_time") : null;
            times.add(named(rangePath, () -> TimeOfDayRange.parse(start, end)));
        }
        ZoneId location = node.hasNonNull("location")
                ? named(path + ".location", () -> TimeInterval.location(text(node, "location", path + ".location")))
                : null;
        return new TimeInterval(times, ranges(node, path, CalendarField.WEEKDAYS),
                ranges(node, path, CalendarField.DAYS_OF_MONTH), ranges(node, path, CalendarField.MONTHS),
                ranges(node, path, CalendarField.YEARS), location);
    }

    private static List<CalendarRange> ranges(JsonNode interval, String path, CalendarField field) {
        List<CalendarRange> ranges = new ArrayList<>();
        if (!interval.hasNonNull(field.key())) {
            return ranges;
        }
        JsonNode list = array(interval, field.key(), path + "." + field.key());
        for (int i = 0; i < list.size(); i++) {
            String rangePath = path + "." + field.key() + "[" + i + "]";
            String text = string(list.get(i), rangePath);
            ranges.add(named(rangePath, () -> CalendarRange.parse(field, text)));
        }
        return ranges;
    }

    // The domain names the field it knows (start_time, weekdays); the client needs its whole path.
    private static <T> T named(String path, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidIncidentDataException e) {
            String field = e.field().endsWith("_time") ? path + "." + e.field() : path;
            throw new InvalidRequestException(field, e.reason());
        }
    }

    private static JsonNode array(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidRequestException(path, "is required");
        }
        if (!value.isArray()) {
            throw new InvalidRequestException(path, "must be an array");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidRequestException(path, "is required");
        }
        return string(value, path);
    }

    private static String string(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw new InvalidRequestException(path, "must be a string");
        }
        return value.textValue();
    }
}
