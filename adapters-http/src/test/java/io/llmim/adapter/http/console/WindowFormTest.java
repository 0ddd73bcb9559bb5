package io.llmim.adapter.http.console;

import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.application.port.in.ManageMaintenanceWindowsUseCase.WindowDraft;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.maintenance.TimeInterval;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowFormTest {

    private static WindowForm typed(Map<String, String> fields) {
        return WindowForm.from(fields::get);
    }

    @Test
    void each_line_is_a_matcher_and_the_weekdays_are_comma_separated_ranges() {
        WindowDraft draft = typed(Map.of("name", "rollouts", "matchers", "service=\"chat\"\n\nenv=~\"prod.*\"",
                "weekdays", "monday:friday, sunday", "start_time", "22:00", "end_time", "24:00",
                "location", "Europe/Paris")).toDraft("console");

        assertThat(draft.matchers()).containsExactly(LabelMatcher.parse("service=\"chat\""),
                LabelMatcher.parse("env=~\"prod.*\""));
        TimeInterval interval = draft.timeIntervals().get(0);
        assertThat(interval.weekdays()).hasSize(2);
        assertThat(interval.times()).singleElement().satisfies(times -> assertThat(times.endTime()).isEqualTo("24:00"));
        assertThat(interval.location()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(draft.createdBy()).isEqualTo("console");
    }

    @Test
    void empty_interval_fields_make_a_window_that_is_always_on() {
        WindowDraft draft = typed(Map.of("name", "always", "matchers", "service=chat")).toDraft("console");

        assertThat(draft.timeIntervals()).containsExactly(TimeInterval.always());
    }

    @Test
    void a_bad_end_time_is_refused_at_the_end_time_field() {
        assertThatThrownBy(() -> typed(Map.of("name", "late", "matchers", "service=chat", "start_time", "22:00",
                "end_time", "25:00")).toDraft("console"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("end_time"));
    }

    @Test
    void a_start_time_without_an_end_time_is_refused_at_the_start_time_field() {
        assertThatThrownBy(() -> typed(Map.of("name", "half", "matchers", "service=chat", "start_time", "22:00"))
                .toDraft("console"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("start_time"));
    }
}
