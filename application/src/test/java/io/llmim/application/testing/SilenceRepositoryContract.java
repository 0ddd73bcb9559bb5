package io.llmim.application.testing;

import io.llmim.application.port.in.PrunableHistory;
import io.llmim.application.port.out.HistoryPruning;
import io.llmim.application.port.out.SilenceRepository;
import io.llmim.domain.IncidentId;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.Silence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SilenceRepository} must do; each implementation's test supplies an empty store. */
public abstract class SilenceRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    private SilenceRepository silences;
    private HistoryPruning history;

    /** The silences of one empty store, and its history pruning. */
    public record Stores(SilenceRepository silences, HistoryPruning history) {
    }

    protected abstract Stores emptyStores();

    @BeforeEach
    void startEmpty() {
        Stores stores = emptyStores();
        silences = stores.silences();
        history = stores.history();
    }

    private static Silence silence(String id, int startSecond, int endSecond, String... matchers) {
        return new Silence(id, Arrays.stream(matchers).map(LabelMatcher::parse).toList(), T0.plusSeconds(startSecond),
                T0.plusSeconds(endSecond), "alice", "rollout of v2", T0, null);
    }

    @Test
    void a_saved_silence_reads_back_whole() {
        Silence silence = new Silence("s1", List.of(LabelMatcher.parse("alertname=\"High \\\"p95\\\"\""),
                LabelMatcher.parse("env=~\"prod|staging\""), LabelMatcher.parse("team!=\"line\\nbreak\""),
                LabelMatcher.parse("zone!~eu.*")), T0, T0.plusSeconds(3600), "bob", "a comment\nover lines",
                T0.plusMillis(123), new IncidentId("0b8e8a52-6f0e-4d1a-9c55-3f1f0e1e2a10"));

        silences.save(silence);

        assertThat(silences.findById("s1")).contains(silence);
    }

    @Test
    void saving_a_silence_again_replaces_it() {
        silences.save(silence("s1", 0, 60, "alertname=x"));

        silences.save(silence("s1", 0, 600, "alertname=x"));

        assertThat(silences.findById("s1")).get().extracting(Silence::endsAt).isEqualTo(T0.plusSeconds(600));
        assertThat(silences.all(10)).hasSize(1);
    }

    @Test
    void an_unknown_silence_is_absent() {
        assertThat(silences.findById("nope")).isEmpty();
    }

    @Test
    void all_lists_every_silence_latest_end_first() {
        silences.save(silence("early", 0, 60, "alertname=x"));
        silences.save(silence("late", 0, 600, "alertname=x"));

        assertThat(silences.all(10)).extracting(Silence::id).containsExactly("late", "early");
        assertThat(silences.all(1)).extracting(Silence::id).containsExactly("late");
    }

    @Test
    void unexpired_silences_are_those_not_ended_yet() {
        silences.save(silence("ended", 0, 60, "alertname=x"));
        silences.save(silence("active", 0, 600, "alertname=x"));
        silences.save(silence("pending", 300, 900, "alertname=x"));

        assertThat(silences.unexpiredAt(T0.plusSeconds(60))).extracting(Silence::id).containsExactly("active", "pending");
    }


    @Test
    void an_ended_silence_is_reported_once() {
        silences.save(silence("ended", 0, 60, "alertname=x"));
        silences.save(silence("active", 0, 600, "alertname=x"));

        assertThat(silences.endedUnreported(T0.plusSeconds(60), 10)).extracting(Silence::id).containsExactly("ended");
        assertThat(silences.markEndReported("ended")).isTrue();
        assertThat(silences.markEndReported("ended")).isFalse();
        assertThat(silences.endedUnreported(T0.plusSeconds(60), 10)).isEmpty();
    }

    @Test
    void pruning_deletes_the_silences_ended_before_the_cutoff() {
        silences.save(silence("old", 0, 60, "alertname=x"));
        silences.save(silence("recent", 0, 600, "alertname=x"));

        int deleted = history.prune(PrunableHistory.EXPIRED_SILENCES, T0.plusSeconds(300));

        assertThat(deleted).isEqualTo(1);
        assertThat(silences.all(10)).extracting(Silence::id).containsExactly("recent");
    }
}
