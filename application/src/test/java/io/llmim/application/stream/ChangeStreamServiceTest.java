package io.llmim.application.stream;

import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.ChangePage;
import io.llmim.application.port.in.StreamChangesUseCase.Resume;
import io.llmim.application.testing.InMemoryIncidentChangeLog;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeStreamServiceTest {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

    private final InMemoryIncidentChangeLog log = new InMemoryIncidentChangeLog();
    private final ChangeStreamService stream = new ChangeStreamService(log);

    private void logged(int changes, Severity severity, Instant at) {
        IncidentSnapshot incident = anIncident().from(anEvent().withSeverity(severity)).openedAt(T0).build().snapshot();
        for (int i = 0; i < changes; i++) {
            log.append(ChangeKind.DEDUPLICATED, incident, at);
        }
    }

    @Test
    void a_subscriber_resumes_right_after_a_change_the_log_still_keeps() {
        logged(3, Severity.P1, T0);

        assertThat(stream.resume(2, stream.head())).isEqualTo(new Resume(2, false));
    }

    @Test
    void a_subscriber_whose_last_change_was_pruned_is_reset_and_gets_what_is_kept_after_it() {
        logged(2, Severity.P1, T0);
        logged(2, Severity.P1, T0.plusSeconds(3_600));
        log.deleteBefore(T0.plusSeconds(1));

        assertThat(stream.resume(1, stream.head())).isEqualTo(new Resume(1, true));
    }

    @Test
    void a_position_this_log_never_reached_is_reset_to_the_head() {
        logged(2, Severity.P1, T0);

        assertThat(stream.resume(500, stream.head())).isEqualTo(new Resume(2, true));
    }

    @Test
    void resuming_from_zero_reads_everything_kept_without_a_reset() {
        logged(2, Severity.P1, T0);

        assertThat(stream.resume(0, stream.head())).isEqualTo(new Resume(0, false));
    }

    @Test
    void a_read_whose_changes_the_filter_left_out_still_moves_past_them_to_the_bound() {
        logged(5, Severity.P3, T0);
        ChangeFilter severe = new ChangeFilter(Set.of(Severity.P0), Set.of(), Set.of());

        ChangePage page = stream.read(0, 4, severe, 100);

        assertThat(page.changes()).isEmpty();
        assertThat(page.readThrough()).isEqualTo(4);
    }

    @Test
    void a_full_page_moves_only_past_its_last_change() {
        logged(5, Severity.P1, T0);

        ChangePage page = stream.read(0, 5, ChangeFilter.all(), 2);

        assertThat(page.changes()).hasSize(2);
        assertThat(page.readThrough()).isEqualTo(2);
    }
}
