package io.llmim.domain.maintenance;

import io.llmim.domain.InvalidIncidentDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.llmim.domain.maintenance.TimeIntervalBuilder.anInterval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Alertmanager's time interval semantics, with the cases of its own tests
 * (timeinterval/timeinterval_test.go: TestContainsTime, TestYamlUnmarshal, TestTimeIntervalComplete).
 * Instants are written as those tests write them (Go's RFC822Z).
 */
class TimeIntervalTest {

    private static final DateTimeFormatter RFC822Z = DateTimeFormatter.ofPattern("d MMM yy HH:mm Z", Locale.ENGLISH);

    private static Instant at(String rfc822z) {
        return OffsetDateTime.parse(rfc822z, RFC822Z).toInstant();
    }

    static Stream<Arguments> alertmanagers_containment_cases() {
        TimeInterval businessHours = anInterval().times("09:00", "17:00").weekdays("monday:friday").build();
        TimeInterval easter2020 = anInterval().daysOfMonth("4:6").months("april").years("2020").build();
        TimeInterval lastThreeDays = anInterval().daysOfMonth("-3:-1").build();
        // Alertmanager's case builds -31:31, which its parser refuses; these two clamp the same way.
        TimeInterval clampedJune = anInterval().months("6").daysOfMonth("-31:-1", "1:31").build();
        TimeInterval sydneyBusinessHours = anInterval().times("09:00", "17:00").weekdays("monday:friday")
                .in("Australia/Sydney").build();
        TimeInterval sydneyNovember = anInterval().times("09:00", "17:00").weekdays("monday:friday").months("11")
                .in("Australia/Sydney").build();
        TimeInterval lastWeekOfQuarter = anInterval().weekdays("monday:friday", "sunday").months("january:march")
                .daysOfMonth("-7:-1").years("2020:2025", "2030:2035").times("09:00", "17:00").build();
        TimeInterval complete = anInterval().weekdays("monday:wednesday", "saturday", "sunday")
                .times("13:00", "15:00").daysOfMonth("1", "10", "20:-1").years("2020:2023").months("january:march")
                .build();
        TimeInterval noSpillIntoMarch = anInterval().daysOfMonth("30:31").years("2020:2023").months("february").build();
        return Stream.of(
                arguments(TimeInterval.always(), List.of("02 Jan 06 15:04 +0000", "03 Jan 07 10:04 +0000"), List.of()),
                arguments(businessHours, List.of("04 May 20 15:04 +0000", "05 May 20 10:04 +0000",
                        "09 Jun 20 09:04 +0000", "08 Jul 20 09:00 +0000", "08 Jul 20 16:59 +0000"),
                        List.of("03 May 20 15:04 +0000", "04 May 20 08:59 +0000", "05 May 20 05:00 +0000",
                                "08 Jul 20 17:00 +0000")),
                arguments(easter2020, List.of("04 Apr 20 15:04 +0000", "05 Apr 20 00:00 +0000", "06 Apr 20 23:05 +0000"),
                        List.of("03 May 18 15:04 +0000", "03 Apr 20 23:59 +0000", "04 Jun 20 23:59 +0000",
                                "06 Apr 19 23:59 +0000", "07 Apr 20 00:00 +0000")),
                arguments(lastThreeDays, List.of("31 Jan 20 15:04 +0000", "30 Jan 20 15:04 +0000",
                        "29 Jan 20 15:04 +0000", "30 Jun 20 00:00 +0000", "29 Feb 20 23:05 +0000"),
                        List.of("03 May 18 15:04 +0000", "27 Jan 20 15:04 +0000", "01 Mar 20 00:00 +0000")),
                arguments(clampedJune, List.of("30 Jun 20 00:00 +0000", "01 Jun 20 00:00 +0000"),
                        List.of("31 May 20 00:00 +0000", "1 Jul 20 00:00 +0000")),
                arguments(sydneyBusinessHours, List.of("06 Apr 21 13:00 +1000"), List.of("06 Apr 21 13:00 +0000")),
                arguments(sydneyNovember, List.of("01 Nov 21 09:00 +1100", "31 Oct 21 22:00 +0000"),
                        List.of("31 Oct 21 21:00 +0000")),
                arguments(lastWeekOfQuarter, List.of("27 Jan 21 09:00 +0000", "28 Jan 21 16:59 +0000",
                        "31 Mar 25 13:00 +0000", "31 Jan 35 13:00 +0000"),
                        List.of("30 Jan 21 13:00 +0000", "01 Apr 21 13:00 +0000", "30 Jan 26 13:00 +0000",
                                "31 Jan 35 17:01 +0000")),
                arguments(complete, List.of("10 Jan 21 13:00 +0000", "30 Jan 21 14:24 +0000"),
                        List.of("09 Jan 21 13:00 +0000", "20 Jan 21 12:59 +0000", "02 Feb 21 13:00 +0000")),
                arguments(noSpillIntoMarch, List.of(), List.of("28 Feb 21 13:00 +0000")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void alertmanagers_containment_cases(TimeInterval interval, List<String> inside, List<String> outside) {
        assertThat(inside).allSatisfy(instant -> assertThat(interval.contains(at(instant))).as(instant).isTrue());
        assertThat(outside).allSatisfy(instant -> assertThat(interval.contains(at(instant))).as(instant).isFalse());
    }

    static Stream<Arguments> alertmanagers_invalid_cases() {
        return Stream.<Arguments>of(
                arguments((Supplier<?>) () -> TimeOfDayRange.parse("17:31", "17:31"), "times",
                        "start time cannot be equal or greater than end time"),
                arguments((Supplier<?>) () -> TimeOfDayRange.parse("12:30", "24:01"), "end_time",
                        "couldn't parse timestamp 24:01, invalid format"),
                arguments((Supplier<?>) () -> TimeOfDayRange.parse("09:30", "07:41"), "times",
                        "start time cannot be equal or greater than end time"),
                arguments((Supplier<?>) () -> TimeOfDayRange.parse("24:00", "17:41"), "times",
                        "start time cannot be equal or greater than end time"),
                arguments((Supplier<?>) () -> TimeOfDayRange.parse("14:03", null), "times",
                        "both start and end times must be provided"),
                arguments((Supplier<?>) () -> TimeOfDayRange.parse("01:99", "23:59"), "start_time",
                        "couldn't parse timestamp 01:99, invalid format"),
                arguments((Supplier<?>) () -> TimeOfDayRange.parse("00:00", "99:99"), "end_time",
                        "couldn't parse timestamp 99:99, invalid format"),
                arguments(range(CalendarField.WEEKDAYS, "friday:monday"), "weekdays", "start day cannot be before end day"),
                arguments(range(CalendarField.WEEKDAYS, "blurgsday:flurgsday"), "weekdays", "blurgsday is not a valid weekday"),
                arguments(range(CalendarField.WEEKDAYS, "1:3"), "weekdays", "1 is not a valid weekday"),
                arguments(range(CalendarField.WEEKDAYS, "-2:-1"), "weekdays", "-2 is not a valid weekday"),
                arguments(range(CalendarField.DAYS_OF_MONTH, "0"), "days_of_month",
                        "0 is not a valid day of the month: out of range"),
                arguments(range(CalendarField.DAYS_OF_MONTH, "-50:-20"), "days_of_month",
                        "-50 is not a valid day of the month: out of range"),
                arguments(range(CalendarField.DAYS_OF_MONTH, "1:50"), "days_of_month",
                        "50 is not a valid day of the month: out of range"),
                arguments(range(CalendarField.DAYS_OF_MONTH, "-15:5"), "days_of_month",
                        "end day must be negative if start day is negative"),
                arguments(range(CalendarField.DAYS_OF_MONTH, "10:-25"), "days_of_month",
                        "end day -25 is always before start day 10"),
                arguments(range(CalendarField.MONTHS, "martius:june"), "months", "martius is not a valid month"),
                arguments(range(CalendarField.MONTHS, "march:junius"), "months", "junius is not a valid month"),
                arguments(range(CalendarField.MONTHS, "13"), "months", "13 is not a valid month"),
                arguments(range(CalendarField.MONTHS, "december:january"), "months",
                        "end month january is before start month december"),
                arguments(range(CalendarField.YEARS, "2022:2020"), "years", "end year 2020 is before start year 2022"),
                arguments((Supplier<?>) () -> TimeInterval.location("Mars/Olympus_Mons"), "location",
                        "unknown time zone Mars/Olympus_Mons"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource
    void alertmanagers_invalid_cases(Supplier<?> parse, String field, String reason) {
        assertThatThrownBy(parse::get).isInstanceOfSatisfying(InvalidIncidentDataException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(field + ": " + reason);
        });
    }

    private static Supplier<?> range(CalendarField field, String text) {
        return () -> CalendarRange.parse(field, text);
    }

    @Test
    void ranges_are_written_back_as_alertmanager_writes_them() {
        assertThat(CalendarRange.parse(CalendarField.MONTHS, "January:december").text()).isEqualTo("january:december");
        assertThat(CalendarRange.parse(CalendarField.MONTHS, "3").text()).isEqualTo("march");
        assertThat(CalendarRange.parse(CalendarField.DAYS_OF_MONTH, "1:-1").text()).isEqualTo("1:-1");
        assertThat(CalendarRange.parse(CalendarField.WEEKDAYS, "Sunday").text()).isEqualTo("sunday");
        assertThat(TimeOfDayRange.parse("00:00", "24:00").endTime()).isEqualTo("24:00");
    }

    @Test
    void the_end_time_of_a_range_is_excluded_and_24_00_reaches_midnight() {
        TimeInterval evening = anInterval().times("21:00", "24:00").build();

        assertThat(evening.contains(at("08 Jul 20 23:59 +0000"))).isTrue();
        assertThat(evening.contains(at("09 Jul 20 00:00 +0000"))).isFalse();
    }
}
