package io.llmim.domain.maintenance;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import static io.llmim.domain.maintenance.TimeIntervalBuilder.anInterval;
import static org.assertj.core.api.Assertions.assertThat;

/** Time interval fields agree with the calendar, for any instant and zone. */
class TimeIntervalPropertiesTest {

    @Provide
    Arbitrary<Instant> instants() {
        // 1970 to 2100, any second.
        return Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("UTC", "Europe/Paris", "Australia/Sydney", "America/New_York", "Asia/Kolkata");
    }

    @Property
    void a_weekday_contains_exactly_the_instants_on_that_day_in_the_location(
            @ForAll("instants") Instant instant, @ForAll DayOfWeek day, @ForAll("zones") String zone) {
        TimeInterval interval = anInterval().weekdays(day.name().toLowerCase(Locale.ROOT)).in(zone).build();

        assertThat(interval.contains(instant)).isEqualTo(instant.atZone(ZoneId.of(zone)).getDayOfWeek() == day);
    }

    @Property
    void a_day_split_in_two_at_any_minute_contains_every_instant_exactly_once(
            @ForAll("instants") Instant instant, @ForAll @IntRange(min = 1, max = 1439) int minute,
            @ForAll("zones") String zone) {
        String split = String.format("%02d:%02d", minute / 60, minute % 60);
        TimeInterval before = anInterval().times("00:00", split).in(zone).build();
        TimeInterval after = anInterval().times(split, "24:00").in(zone).build();

        assertThat(before.contains(instant)).isNotEqualTo(after.contains(instant));
    }

    @Property
    void the_last_day_of_the_month_counted_back_is_the_months_length(
            @ForAll("instants") Instant instant, @ForAll("zones") String zone) {
        TimeInterval lastDay = anInterval().daysOfMonth("-1").in(zone).build();
        ZonedDateTime local = instant.atZone(ZoneId.of(zone));

        assertThat(lastDay.contains(instant)).isEqualTo(local.getDayOfMonth() == local.toLocalDate().lengthOfMonth());
    }

    @Property
    void months_by_number_and_by_name_are_the_same(@ForAll("instants") Instant instant,
                                                    @ForAll @IntRange(min = 1, max = 12) int month) {
        String name = java.time.Month.of(month).name().toLowerCase(Locale.ROOT);

        assertThat(anInterval().months(String.valueOf(month)).build().contains(instant))
                .isEqualTo(anInterval().months(name).build().contains(instant));
    }
}
