package io.llmim.application.suppression;

import io.llmim.application.port.in.ManageSilencesUseCase.SilenceDraft;
import io.llmim.application.port.in.ManageSilencesUseCase.SilenceStatus;
import io.llmim.application.port.in.SilenceNotFoundException;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.InMemorySilenceRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.Silence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Silences managed by Alertmanager's rules (api/v2 postSilences, silences.Set, CheckSilenceMatchesFilterLabels). */
class SilenceServiceTest {

    private final MutableClock clock = MutableClock.at("2026-06-01T10:00:00Z");
    private final InMemorySilenceRepository silences = new InMemorySilenceRepository();
    private final SilenceService service = new SilenceService(silences, new InMemoryIncidentRepository(), clock);

    private SilenceDraft draft(Instant startsAt, Instant endsAt, String... matchers) {
        return new SilenceDraft(Optional.empty(), Arrays.stream(matchers).map(LabelMatcher::parse).toList(),
                startsAt, endsAt, "alice", "rollout");
    }

    private SilenceDraft draft(String... matchers) {
        return draft(clock.instant(), clock.instant().plus(Duration.ofHours(1)), matchers);
    }

    @ParameterizedTest(name = "silence {0}, filter {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "alertname=x|alertname=x|true",
            "alertname=x|alertname=y|false",
            "alertname=x|alertname=~x|true",
            "alertname=x|alertname!=x|false",
            "alertname=x|env=|true",
            "alertname=x,env=prod|env=|false",
            "alertname=x|env!=|false",
            "alertname=x,env=prod|env!=|true",
            "alertname=x,env=prod|env=~pr.*|true",
            "alertname=~x.*|alertname=x.*|true"})
    void a_filter_matches_the_silences_matchers_read_as_labels(String silenceMatchers, String filter, boolean listed) {
        Silence silence = new Silence("s", Arrays.stream(silenceMatchers.split(",")).map(LabelMatcher::parse).toList(),
                clock.instant(), clock.instant().plusSeconds(60), "", "", clock.instant(), null);

        assertThat(SilenceService.matchesFilter(silence, List.of(LabelMatcher.parse(filter)))).isEqualTo(listed);
    }

    @Test
    void a_silence_starting_in_the_past_starts_now() {
        String id = service.save(draft(clock.instant().minusSeconds(600), clock.instant().plusSeconds(600), "alertname=x"));

        assertThat(service.find(id)).get().extracting(status -> status.silence().startsAt()).isEqualTo(clock.instant());
    }

    @Test
    void a_silence_whose_start_is_not_before_its_end_is_refused() {
        Instant at = clock.instant().plusSeconds(60);

        assertThatThrownBy(() -> service.save(draft(at, at, "alertname=x")))
                .isInstanceOf(InvalidIncidentDataException.class).hasMessageContaining("start time must be before end time");
    }

    @Test
    void changing_an_unknown_silence_is_refused() {
        SilenceDraft unknown = new SilenceDraft(Optional.of("nope"), List.of(LabelMatcher.parse("alertname=x")),
                clock.instant(), clock.instant().plusSeconds(60), "alice", "");

        assertThatThrownBy(() -> service.save(unknown)).isInstanceOf(SilenceNotFoundException.class);
    }

    @Test
    void changing_a_pending_silences_end_keeps_its_id() {
        Instant start = clock.instant().plus(Duration.ofHours(1));
        String id = service.save(draft(start, start.plus(Duration.ofHours(1)), "alertname=x"));

        String changed = service.save(new SilenceDraft(Optional.of(id), List.of(LabelMatcher.parse("alertname=x")),
                start, start.plus(Duration.ofHours(3)), "alice", "longer"));

        assertThat(changed).isEqualTo(id);
    }

    @Test
    void changing_an_expired_silence_creates_a_new_one() {
        String id = service.save(draft("alertname=x"));
        service.expire(id);

        String changed = service.save(new SilenceDraft(Optional.of(id), List.of(LabelMatcher.parse("alertname=x")),
                clock.instant(), clock.instant().plusSeconds(60), "alice", "again"));

        assertThat(changed).isNotEqualTo(id);
    }

    @Test
    void silences_are_listed_active_first_then_pending_then_expired() {
        String expired = service.save(draft("alertname=a"));
        service.expire(expired);
        String pending = service.save(draft(clock.instant().plusSeconds(600), clock.instant().plusSeconds(1200),
                "alertname=b"));
        String active = service.save(draft("alertname=c"));

        assertThat(service.list(List.of())).extracting(status -> status.silence().id())
                .containsExactly(active, pending, expired);
    }

    @Test
    void expiring_an_expired_silence_changes_nothing() {
        String id = service.save(draft("alertname=x"));
        service.expire(id);
        SilenceStatus before = service.find(id).orElseThrow();
        clock.advance(Duration.ofMinutes(5));

        service.expire(id);

        assertThat(service.find(id)).get().extracting(SilenceStatus::silence).isEqualTo(before.silence());
    }
}
