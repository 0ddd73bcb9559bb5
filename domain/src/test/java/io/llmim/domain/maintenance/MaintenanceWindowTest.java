package io.llmim.domain.maintenance;

import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.LabelMatcher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.llmim.domain.maintenance.TimeIntervalBuilder.anInterval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaintenanceWindowTest {

    private static final Instant SUNDAY_NIGHT = Instant.parse("2026-06-07T02:30:00Z");
    private static final Instant MONDAY_NOON = Instant.parse("2026-06-08T12:00:00Z");

    private static MaintenanceWindow window(List<LabelMatcher> matchers, List<TimeInterval> intervals) {
        return new MaintenanceWindow("w1", "weekly rollout", matchers, intervals, "alice", "", MONDAY_NOON, MONDAY_NOON);
    }

    private final MaintenanceWindow sundayRollout = window(List.of(LabelMatcher.parse("service=chat")),
            List.of(anInterval().weekdays("saturday").build(), anInterval().weekdays("sunday").times("02:00", "04:00").build()));

    @Test
    void a_window_mutes_matching_labels_while_any_of_its_intervals_contains_the_instant() {
        assertThat(sundayRollout.mutes(Map.of("service", "chat"), SUNDAY_NIGHT)).isTrue();
    }

    @Test
    void a_window_does_not_mute_outside_its_intervals() {
        assertThat(sundayRollout.mutes(Map.of("service", "chat"), MONDAY_NOON)).isFalse();
    }

    @Test
    void a_window_does_not_mute_labels_its_matchers_reject() {
        assertThat(sundayRollout.mutes(Map.of("service", "embeddings"), SUNDAY_NIGHT)).isFalse();
    }

    @Test
    void a_window_needs_a_matcher() {
        assertThatThrownBy(() -> window(List.of(), List.of(TimeInterval.always())))
                .isInstanceOfSatisfying(InvalidIncidentDataException.class,
                        e -> assertThat(e.field()).isEqualTo("matchers"));
    }

    @Test
    void a_window_needs_a_time_interval() {
        assertThatThrownBy(() -> window(List.of(LabelMatcher.parse("service=chat")), List.of()))
                .isInstanceOfSatisfying(InvalidIncidentDataException.class,
                        e -> assertThat(e.field()).isEqualTo("time_intervals"));
    }
}
