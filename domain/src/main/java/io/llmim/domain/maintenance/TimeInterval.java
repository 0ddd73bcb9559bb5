package io.llmim.domain.maintenance;

import io.llmim.domain.InvalidIncidentDataException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * One of Alertmanager's {@code time_intervals}: an instant is in it when it is in every field that
 * is given (an empty field puts no limit), seen in the interval's {@code location} (UTC by default).
 */
public record TimeInterval(List<TimeOfDayRange> times, List<CalendarRange> weekdays, List<CalendarRange> daysOfMonth,
                           List<CalendarRange> months, List<CalendarRange> years, ZoneId location) {

    /** The default location, named as Alertmanager's configuration names it. */
    public static final ZoneId UTC = ZoneId.of("UTC");

    public TimeInterval {
        times = List.copyOf(times);
        weekdays = fieldOf(CalendarField.WEEKDAYS, weekdays);
        daysOfMonth = fieldOf(CalendarField.DAYS_OF_MONTH, daysOfMonth);
        months = fieldOf(CalendarField.MONTHS, months);
        years = fieldOf(CalendarField.YEARS, years);
        location = location == null ? UTC : location;
    }

    /** The interval that puts no limit: every instant is in it. */
    public static TimeInterval always() {
        return new TimeInterval(List.of(), List.of(), List.of(), List.of(), List.of(), UTC);
    }

    /** An IANA time zone name ({@code Europe/Paris}), or {@code UTC}; names {@code location} when unknown. */
    public static ZoneId location(String name) {
        if (name == null || name.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new InvalidIncidentDataException("location", "unknown time zone " + name);
        }
    }

    public boolean contains(Instant instant) {
        ZonedDateTime at = instant.atZone(location);
        int minuteOfDay = at.getHour() * 60 + at.getMinute();
        return anyOrNone(times, range -> range.contains(minuteOfDay))
                && anyOrNone(weekdays, range -> range.contains(at))
                && anyOrNone(daysOfMonth, range -> range.contains(at))
                && anyOrNone(months, range -> range.contains(at))
                && anyOrNone(years, range -> range.contains(at));
    }

    private static <T> boolean anyOrNone(List<T> ranges, Predicate<T> contains) {
        return ranges.isEmpty() || ranges.stream().anyMatch(contains);
    }

    private static List<CalendarRange> fieldOf(CalendarField field, List<CalendarRange> ranges) {
        if (ranges.stream().anyMatch(range -> range.field() != field)) {
            throw new IllegalArgumentException("ranges of another field than " + field.key());
        }
        return List.copyOf(ranges);
    }
}
