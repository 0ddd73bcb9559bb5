package io.llmim.adapter.persistence;

import io.llmim.domain.LabelMatcher;
import io.llmim.domain.maintenance.CalendarField;
import io.llmim.domain.maintenance.CalendarRange;
import io.llmim.domain.maintenance.TimeInterval;
import io.llmim.domain.maintenance.TimeOfDayRange;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A maintenance window's matchers and time intervals as text columns. Matchers are one per line as
 * amtool writes them (their text escapes line breaks). Intervals are one per line, each field as
 * {@code key=value,value} and fields separated by {@code ;}, e.g.
 * {@code times=09:00-17:00;weekdays=monday:friday;location=Europe/Paris}: none of the validated
 * values (names, numbers, HH:MM, zone ids) contains those separators.
 */
final class MaintenanceWindowCodec {

    private static final String TIMES = "times";
    private static final String LOCATION = "location";

    private MaintenanceWindowCodec() {
    }

    static String encodeMatchers(List<LabelMatcher> matchers) {
        return matchers.stream().map(LabelMatcher::toString).collect(Collectors.joining("\n"));
    }

    static List<LabelMatcher> decodeMatchers(String text) {
        return Arrays.stream(text.split("\n")).map(LabelMatcher::parse).toList();
    }

    static String encodeIntervals(List<TimeInterval> intervals) {
        return intervals.stream().map(MaintenanceWindowCodec::encode).collect(Collectors.joining("\n"));
    }

    static List<TimeInterval> decodeIntervals(String text) {
        return Arrays.stream(text.split("\n", -1)).map(MaintenanceWindowCodec::decode).toList();
    }

    private static String encode(TimeInterval interval) {
        List<String> fields = new ArrayList<>();
        if (!interval.times().isEmpty()) {
            fields.add(TIMES + "=" + interval.times().stream().map(t -> t.startTime() + "-" + t.endTime())
                    .collect(Collectors.joining(",")));
        }
        addRanges(fields, CalendarField.WEEKDAYS, interval.weekdays());
        addRanges(fields, CalendarField.DAYS_OF_MONTH, interval.daysOfMonth());
        addRanges(fields, CalendarField.MONTHS, interval.months());
        addRanges(fields, CalendarField.YEARS, interval.years());
        fields.add(LOCATION + "=" + interval.location().getId());
        return String.join(";", fields);
    }

    private static void addRanges(List<String> fields, CalendarField field, List<CalendarRange> ranges) {
        if (!ranges.isEmpty()) {
            fields.add(field.key() + "=" + ranges.stream().map(CalendarRange::text).collect(Collectors.joining(",")));
        }
    }

    private static TimeInterval decode(String line) {
        Map<String, List<String>> fields = new HashMap<>();
        for (String field : line.split(";")) {
            int eq = field.indexOf('=');
            fields.put(field.substring(0, eq), List.of(field.substring(eq + 1).split(",")));
        }
        List<TimeOfDayRange> times = fields.getOrDefault(TIMES, List.of()).stream().map(range -> {
            int dash = range.indexOf('-');
            return TimeOfDayRange.parse(range.substring(0, dash), range.substring(dash + 1));
        }).toList();
        return new TimeInterval(times, ranges(fields, CalendarField.WEEKDAYS), ranges(fields, CalendarField.DAYS_OF_MONTH),
                ranges(fields, CalendarField.MONTHS), ranges(fields, CalendarField.YEARS),
                ZoneId.of(fields.get(LOCATION).get(0)));
    }

    private static List<CalendarRange> ranges(Map<String, List<String>> fields, CalendarField field) {
        return fields.getOrDefault(field.key(), List.of()).stream().map(text -> CalendarRange.parse(field, text)).toList();
    }
}
