package io.llmim.domain.maintenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Time intervals as Alertmanager's configuration writes them, for tests. */
final class TimeIntervalBuilder {

    private final List<TimeOfDayRange> times = new ArrayList<>();
    private final List<CalendarRange> weekdays = new ArrayList<>();
    private final List<CalendarRange> daysOfMonth = new ArrayList<>();
    private final List<CalendarRange> months = new ArrayList<>();
    private final List<CalendarRange> years = new ArrayList<>();
    private String location;

    static TimeIntervalBuilder anInterval() {
        return new TimeIntervalBuilder();
    }

    TimeIntervalBuilder times(String start, String end) {
        times.add(TimeOfDayRange.parse(start, end));
        return this;
    }

    TimeIntervalBuilder weekdays(String... ranges) {
        return add(weekdays, CalendarField.WEEKDAYS, ranges);
    }

    TimeIntervalBuilder daysOfMonth(String... ranges) {
        return add(daysOfMonth, CalendarField.DAYS_OF_MONTH, ranges);
    }

    TimeIntervalBuilder months(String... ranges) {
        return add(months, CalendarField.MONTHS, ranges);
    }

    TimeIntervalBuilder years(String... ranges) {
        return add(years, CalendarField.YEARS, ranges);
    }

    TimeIntervalBuilder in(String zone) {
        location = zone;
        return this;
    }

    TimeInterval build() {
        return new TimeInterval(times, weekdays, daysOfMonth, months, years, TimeInterval.location(location));
    }

    private TimeIntervalBuilder add(List<CalendarRange> into, CalendarField field, String... ranges) {
        Arrays.stream(ranges).map(range -> CalendarRange.parse(field, range)).forEach(into::add);
        return this;
    }
}
