package io.llmim.domain.maintenance;

import io.llmim.domain.InvalidIncidentDataException;

import java.util.regex.Pattern;

/**
 * A part of the day from {@code start_time} up to, not including, {@code end_time}, both
 * {@code HH:MM} with {@code 24:00} for the end of the day, as in Alertmanager's time intervals.
 */
public record TimeOfDayRange(int startMinute, int endMinute) {

    private static final int DAY = 24 * 60;
    private static final Pattern CLOCK = Pattern.compile("(([01][0-9]|2[0-3]):[0-5][0-9])|24:00");

    public TimeOfDayRange {
        if (startMinute < 0 || endMinute > DAY || startMinute >= endMinute) {
            throw new InvalidIncidentDataException("times", "start time cannot be equal or greater than end time");
        }
    }

    /** Parses a range from its two times; both are required. */
    public static TimeOfDayRange parse(String start, String end) {
        if (start == null || end == null) {
            throw new InvalidIncidentDataException("times", "both start and end times must be provided");
        }
        return new TimeOfDayRange(minute("start_time", start), minute("end_time", end));
    }

    boolean contains(int minuteOfDay) {
        return minuteOfDay >= startMinute && minuteOfDay < endMinute;
    }

    public String startTime() {
        return clock(startMinute);
    }

    public String endTime() {
        return clock(endMinute);
    }

    private static int minute(String field, String text) {
        if (!CLOCK.matcher(text).matches()) {
            throw new InvalidIncidentDataException(field, "couldn't parse timestamp " + text + ", invalid format");
        }
        return Integer.parseInt(text.substring(0, 2)) * 60 + Integer.parseInt(text.substring(3));
    }

    private static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
