package io.llmim.domain.maintenance;

import java.time.ZonedDateTime;

/**
 * An inclusive range of one {@link CalendarField}, written {@code monday:friday}, {@code -3:-1},
 * {@code january:march} or as a single value ({@code 2026}).
 */
public record CalendarRange(CalendarField field, int begin, int end) {

    public CalendarRange {
        field.checkOrder(begin, end);
    }

    /** Parses one range as Alertmanager's configuration writes it; names the field when it is invalid. */
    public static CalendarRange parse(CalendarField field, String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            int value = field.value(text);
            return new CalendarRange(field, value, value);
        }
        return new CalendarRange(field, field.value(text.substring(0, colon)), field.value(text.substring(colon + 1)));
    }

    boolean contains(ZonedDateTime at) {
        return field.contains(this, at);
    }

    /** The range as written back: a single value, or {@code begin:end}. */
    public String text() {
        return begin == end ? field.text(begin) : field.text(begin) + ":" + field.text(end);
    }

    @Override
    public String toString() {
        return text();
    }
}
