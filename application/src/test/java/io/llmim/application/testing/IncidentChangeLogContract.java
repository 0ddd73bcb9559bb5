package io.llmim.application.testing;

import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.IncidentChange;
import io.llmim.application.port.in.PrunableHistory;
import io.llmim.application.port.out.HistoryPruning;
import io.llmim.application.port.out.IncidentChangeLog;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link IncidentChangeLog} must do; each implementation's test supplies an empty store. */
public abstract class IncidentChangeLogContract {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");
    private static final int ALL = 1_000;

    private IncidentChangeLog log;
    private HistoryPruning history;

    /** An empty store. */
    protected abstract Stores emptyStores();

    /** The change log of one store, and its pruning. */
    public record Stores(IncidentChangeLog log, HistoryPruning history) {
    }

    @BeforeEach
    void startEmpty() {
        Stores stores = emptyStores();
        log = stores.log();
        history = stores.history();
    }

    private static IncidentSnapshot incident(String source, Severity severity) {
        Incident incident = anIncident().from(anEvent().withSource(source).withSeverity(severity)
                .withLabel("service", "chat")).openedAt(T0).build();
        incident.markStored();
        return incident.snapshot();
    }

    private List<IncidentChange> readAll(ChangeFilter filter) {
        return log.read(0, log.head(), filter, ALL);
    }

    @Test
    void an_empty_log_has_its_head_at_zero() {
        assertThat(log.head()).isZero();
        assertThat(readAll(ChangeFilter.all())).isEmpty();
    }

    @Test
    void changes_are_read_back_in_the_order_appended_at_growing_positions_with_the_incident_as_stored() {
        IncidentSnapshot incident = incident("llm-sentinel", Severity.P1);
        log.append(ChangeKind.CREATED, incident, T0);
        log.append(ChangeKind.DEDUPLICATED, incident, T0.plusSeconds(1));
        log.append(ChangeKind.TRANSITIONED, incident, T0.plusSeconds(2));

        List<IncidentChange> changes = readAll(ChangeFilter.all());

        assertThat(changes).extracting(IncidentChange::kind)
                .containsExactly(ChangeKind.CREATED, ChangeKind.DEDUPLICATED, ChangeKind.TRANSITIONED);
        assertThat(changes).extracting(IncidentChange::position).isSorted().doesNotHaveDuplicates();
        assertThat(changes.get(1).at()).isEqualTo(T0.plusSeconds(1));
        assertThat(changes.get(0).incident()).isEqualTo(incident);
    }

    @Test
    void the_head_is_the_position_of_the_last_change_appended() {
        log.append(ChangeKind.CREATED, incident("a", Severity.P1), T0);
        log.append(ChangeKind.CREATED, incident("b", Severity.P1), T0);

        assertThat(log.head()).isEqualTo(readAll(ChangeFilter.all()).get(1).position());
    }

    @Test
    void a_read_starts_after_the_position_given_stops_at_the_bound_and_returns_at_most_the_limit() {
        for (int i = 0; i < 5; i++) {
            log.append(ChangeKind.CREATED, incident("source-" + i, Severity.P2), T0);
        }
        List<Long> positions = readAll(ChangeFilter.all()).stream().map(IncidentChange::position).toList();

        assertThat(log.read(positions.get(0), positions.get(3), ChangeFilter.all(), ALL))
                .extracting(IncidentChange::position).containsExactlyElementsOf(positions.subList(1, 4));
        assertThat(log.read(positions.get(0), log.head(), ChangeFilter.all(), 2))
                .extracting(IncidentChange::position).containsExactlyElementsOf(positions.subList(1, 3));
    }

    @Test
    void a_filter_admits_only_changes_whose_incident_has_an_admitted_severity_source_and_state() {
        log.append(ChangeKind.CREATED, incident("edge", Severity.P1), T0);
        log.append(ChangeKind.CREATED, incident("edge", Severity.P3), T0);
        log.append(ChangeKind.CREATED, incident("gateway", Severity.P1), T0);

        ChangeFilter severeAtTheEdge = new ChangeFilter(Set.of(Severity.P0, Severity.P1), Set.of("edge"),
                Set.of(IncidentState.NEW));
        ChangeFilter resolved = new ChangeFilter(Set.of(), Set.of(), Set.of(IncidentState.RESOLVED));

        assertThat(readAll(severeAtTheEdge)).extracting(change -> change.incident().source() + " "
                + change.incident().severity()).containsExactly("edge P1");
        assertThat(readAll(resolved)).isEmpty();
    }

    @Test
    void the_log_keeps_the_positions_it_logged_and_no_other() {
        log.append(ChangeKind.CREATED, incident("edge", Severity.P1), T0);

        assertThat(log.keeps(log.head())).isTrue();
        assertThat(log.keeps(log.head() + 1)).isFalse();
    }

    @Test
    void pruning_deletes_the_changes_made_before_the_cutoff_and_keeps_the_later_ones() {
        log.append(ChangeKind.CREATED, incident("old", Severity.P1), T0);
        log.append(ChangeKind.CREATED, incident("new", Severity.P1), T0.plus(Duration.ofHours(25)));
        long oldPosition = readAll(ChangeFilter.all()).get(0).position();

        int pruned = history.prune(PrunableHistory.CHANGE_LOG, T0.plus(Duration.ofHours(1)));

        assertThat(pruned).isEqualTo(1);
        assertThat(log.keeps(oldPosition)).isFalse();
        assertThat(readAll(ChangeFilter.all())).extracting(change -> change.incident().source()).containsExactly("new");
    }

    @Test
    void a_position_is_never_handed_out_again_even_once_pruned() {
        log.append(ChangeKind.CREATED, incident("old", Severity.P1), T0);
        long pruned = log.head();
        history.prune(PrunableHistory.CHANGE_LOG, T0.plusSeconds(1));

        log.append(ChangeKind.CREATED, incident("new", Severity.P1), T0.plusSeconds(2));

        assertThat(log.head()).isGreaterThan(pruned);
    }
}
