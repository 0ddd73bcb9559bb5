package io.llmim.application.testing;

import io.llmim.domain.LabelMatcher;
import io.llmim.domain.maintenance.CalendarField;
import io.llmim.domain.maintenance.CalendarRange;
import io.llmim.domain.maintenance.MaintenanceWindow;
import io.llmim.domain.maintenance.TimeInterval;
import io.llmim.domain.maintenance.TimeOfDayRange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Maintenance windows for tests: by default, one on service=chat on Sundays 02:00-04:00 in Europe/Paris. */
public final class MaintenanceWindowBuilder {

    private String id = UUID.randomUUID().toString();
    private String name = "sunday rollout";
    private final List<LabelMatcher> matchers = new ArrayList<>(List.of(LabelMatcher.parse("service=\"chat\"")));
    private List<TimeInterval> intervals = List.of(new TimeInterval(List.of(TimeOfDayRange.parse("02:00", "04:00")),
            List.of(CalendarRange.parse(CalendarField.WEEKDAYS, "sunday")), List.of(),
            List.of(CalendarRange.parse(CalendarField.MONTHS, "january:december")),
            List.of(CalendarRange.parse(CalendarField.YEARS, "2026:2030")), ZoneId.of("Europe/Paris")));
    private Instant createdAt = Instant.parse("2026-06-01T09:00:00Z");

    public static MaintenanceWindowBuilder aWindow() {
        return new MaintenanceWindowBuilder();
    }

    public MaintenanceWindowBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public MaintenanceWindowBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** Replaces the matchers with these, written as amtool writes them. */
    public MaintenanceWindowBuilder matching(String... matchers) {
        this.matchers.clear();
        for (String matcher : matchers) {
            this.matchers.add(LabelMatcher.parse(matcher));
        }
        return this;
    }

    public MaintenanceWindowBuilder always() {
        this.intervals = List.of(TimeInterval.always());
        return this;
    }

    public MaintenanceWindowBuilder during(TimeInterval... intervals) {
        this.intervals = List.of(intervals);
        return this;
    }

    public MaintenanceWindowBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public MaintenanceWindow build() {
        return new MaintenanceWindow(id, name, matchers, intervals, "alice", "model rollout", createdAt, createdAt);
    }
}
