package io.llmim.domain.maintenance;

import io.llmim.domain.InvalidIncidentDataException;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The calendar fields of an Alertmanager time interval, each with the way Alertmanager writes and
 * validates its values: weekdays by name only, days of the month from 1 to 31 or counted back from
 * the month's end (-1 is the last day), months by name or number, years by number.
 */
public enum CalendarField {

    WEEKDAYS("weekdays", "weekday",
            List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"), 0),
    DAYS_OF_MONTH("days_of_month", "day of the month", List.of(), 0),
    MONTHS("months", "month", List.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"), 1),
    YEARS("years", "year", List.of(), 0);

    private final String key;
    private final String unit;
    private final List<String> names;
    private final int firstNameValue;

    CalendarField(String key, String unit, List<String> names, int firstNameValue) {
        this.key = key;
        this.unit = unit;
        this.names = names;
        this.firstNameValue = firstNameValue;
    }

    /** The field's name in Alertmanager's configuration and in the API. */
    public String key() {
        return key;
    }

    int value(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        int named = names.indexOf(word);
        if (named >= 0) {
            return named + firstNameValue;
        }
        if (this == WEEKDAYS) {
            throw invalid(text + " is not a valid weekday");
        }
        int number;
        try {
            number = Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw invalid(text + " is not a valid " + unit);
        }
        boolean inRange = switch (this) {
            case DAYS_OF_MONTH -> number != 0 && number >= -31 && number <= 31;
            case MONTHS -> number >= 1 && number <= 12;
            default -> number > 0;
        };
        if (!inRange) {
            throw invalid(text + " is not a valid " + unit + (this == DAYS_OF_MONTH ? ": out of range" : ""));
        }
        return number;
    }

    /** A value as written back: weekday and month names, numbers otherwise. */
    String text(int value) {
        return names.isEmpty() ? Integer.toString(value) : names.get(value - firstNameValue);
    }

    void checkOrder(int begin, int end) {
        switch (this) {
            case WEEKDAYS -> {
                if (begin > end) {
                    throw invalid("start day cannot be before end day");
                }
            }
            case DAYS_OF_MONTH -> {
                if (begin < 0 && end > 0) {
                    throw invalid("end day must be negative if start day is negative");
                }
                // A positive start and a negative end: the end is always before the start when
                // even the longest month puts it there.
                boolean endAlwaysBefore = begin > 0 && end < 0 ? 31 + end + 1 < begin : begin > end;
                if (endAlwaysBefore) {
                    throw invalid("end day " + end + " is always before start day " + begin);
                }
            }
            default -> {
                if (begin > end) {
                    throw invalid("end " + unit + " " + text(end) + " is before start " + unit + " " + text(begin));
                }
            }
        }
    }

    /** Whether {@code at} (already in the interval's location) falls in {@code range}. */
    boolean contains(CalendarRange range, ZonedDateTime at) {
        return switch (this) {
            case WEEKDAYS -> within(range, at.getDayOfWeek().getValue() % 7);
            case MONTHS -> within(range, at.getMonthValue());
            case YEARS -> within(range, at.getYear());
            case DAYS_OF_MONTH -> containsDay(range, at);
        };
    }

    private static boolean within(CalendarRange range, int value) {
        return value >= range.begin() && value <= range.end();
    }

    // Negative days count back from the month's end; a range is clamped to the month, and one that
    // begins after the month's last day matches nothing in that month (no spill into the next).
    private static boolean containsDay(CalendarRange range, ZonedDateTime at) {
        int days = at.toLocalDate().lengthOfMonth();
        int begin = range.begin() < 0 ? days + range.begin() + 1 : range.begin();
        int end = range.end() < 0 ? days + range.end() + 1 : range.end();
        if (begin > days) {
            return false;
        }
        begin = Math.max(begin, 1);
        end = Math.min(end, days);
        return at.getDayOfMonth() >= begin && at.getDayOfMonth() <= end;
    }

    InvalidIncidentDataException invalid(String reason) {
        return new InvalidIncidentDataException(key, reason);
    }
}
