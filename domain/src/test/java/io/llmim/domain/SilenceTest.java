package io.llmim.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A silence's rules as Alertmanager has them (silence/silence.go: validateSilence, getState, canUpdate). */
class SilenceTest {

    private static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    private static final Instant END = START.plusSeconds(3600);

    private static Silence silence(Instant startsAt, Instant endsAt, String... matchers) {
        return new Silence("s1", Arrays.stream(matchers).map(LabelMatcher::parse).toList(), startsAt, endsAt,
                "alice", "rollout", START, null);
    }

    private static Silence silence(String... matchers) {
        return silence(START, END, matchers);
    }

    static Stream<Arguments> every_matcher_must_match() {
        Map<String, String> labels = Map.of("alertname", "HighLatency", "env", "prod", "service", "chat");
        return Stream.of(
                arguments(List.of("alertname=HighLatency"), labels, true),
                arguments(List.of("alertname=HighLatency", "env=prod"), labels, true),
                arguments(List.of("alertname=HighLatency", "env=staging"), labels, false),
                arguments(List.of("alertname=~High.*", "env!=staging"), labels, true),
                arguments(List.of("alertname=~High", "env=prod"), labels, false),
                arguments(List.of("alertname!~Low.*", "service=~chat|embed"), labels, true),
                arguments(List.of("alertname=HighLatency", "team="), labels, true),
                arguments(List.of("alertname=HighLatency", "team!="), labels, false),
                arguments(List.of("alertname=HighLatency", "team=~.+"), labels, false),
                arguments(List.of("alertname=HighLatency", "team!~.+"), labels, true));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @MethodSource
    void every_matcher_must_match(List<String> matchers, Map<String, String> labels, boolean matches) {
        assertThat(silence(matchers.toArray(String[]::new)).matches(labels)).isEqualTo(matches);
    }

    @Test
    void a_silence_is_pending_before_its_start_active_until_its_end_and_expired_from_its_end() {
        Silence silence = silence("alertname=x");

        assertThat(silence.stateAt(START.minusMillis(1))).isEqualTo(SilenceState.PENDING);
        assertThat(silence.stateAt(START)).isEqualTo(SilenceState.ACTIVE);
        assertThat(silence.stateAt(END.minusMillis(1))).isEqualTo(SilenceState.ACTIVE);
        assertThat(silence.stateAt(END)).isEqualTo(SilenceState.EXPIRED);
    }

    @Test
    void only_an_active_silence_mutes() {
        Silence silence = silence("alertname=x");

        assertThat(silence.mutes(Map.of("alertname", "x"), START.minusSeconds(1))).isFalse();
        assertThat(silence.mutes(Map.of("alertname", "x"), START)).isTrue();
        assertThat(silence.mutes(Map.of("alertname", "x"), END)).isFalse();
    }

    @Test
    void a_silence_without_matchers_is_refused() {
        assertThatThrownBy(() -> silence(new String[0]))
                .isInstanceOf(InvalidIncidentDataException.class).hasMessageContaining("at least one matcher required");
    }

    @Test
    void a_silence_whose_matchers_all_match_the_empty_string_is_refused() {
        assertThatThrownBy(() -> silence("env=", "team=~.*"))
                .isInstanceOf(InvalidIncidentDataException.class)
                .hasMessageContaining("at least one matcher must not match the empty string");
    }

    @Test
    void a_silence_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> silence(END, START, "alertname=x"))
                .isInstanceOf(InvalidIncidentDataException.class).hasMessageContaining("end time must not be before");
    }

    @Test
    void expiring_an_active_silence_ends_it_now() {
        Instant now = START.plusSeconds(60);

        Silence expired = silence("alertname=x").expiredAt(now);

        assertThat(expired.endsAt()).isEqualTo(now);
        assertThat(expired.startsAt()).isEqualTo(START);
        assertThat(expired.stateAt(now)).isEqualTo(SilenceState.EXPIRED);
    }

    @Test
    void expiring_a_pending_silence_makes_it_start_and_end_now() {
        Instant now = START.minusSeconds(60);

        Silence expired = silence("alertname=x").expiredAt(now);

        assertThat(expired.startsAt()).isEqualTo(now);
        assertThat(expired.endsAt()).isEqualTo(now);
    }

    @Test
    void an_active_silence_may_be_extended_in_place() {
        Silence active = silence("alertname=x");

        assertThat(active.canBecome(silence(START, END.plusSeconds(600), "alertname=x"), START.plusSeconds(1))).isTrue();
    }

    @Test
    void an_active_silence_whose_matchers_change_cannot_be_changed_in_place() {
        Silence active = silence("alertname=x");

        assertThat(active.canBecome(silence("alertname=y"), START.plusSeconds(1))).isFalse();
    }

    @Test
    void an_active_silence_cannot_move_its_start() {
        Silence active = silence("alertname=x");

        assertThat(active.canBecome(silence(START.plusSeconds(5), END, "alertname=x"), START.plusSeconds(1))).isFalse();
    }

    @Test
    void a_pending_silence_cannot_be_moved_to_start_in_the_past() {
        Silence pending = silence("alertname=x");
        Instant now = START.minusSeconds(60);

        assertThat(pending.canBecome(silence(now.minusSeconds(1), END, "alertname=x"), now)).isFalse();
        assertThat(pending.canBecome(silence(now.plusSeconds(1), END, "alertname=x"), now)).isTrue();
    }

    @Test
    void an_expired_silence_never_changes_in_place() {
        Silence expired = silence("alertname=x");

        assertThat(expired.canBecome(silence("alertname=x"), END.plusSeconds(1))).isFalse();
    }
}
