package io.llmim.application.testing;

import io.llmim.application.port.out.ActiveFingerprintConflictException;
import io.llmim.application.port.out.ActiveIncidentCount;
import io.llmim.application.port.in.IncidentCount;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.ResponseTimes;
import io.llmim.application.port.out.VersionConflictException;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.Category;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Repeats;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link IncidentRepository} must do. Each implementation's test extends this class and
 * supplies an empty store; the same tests then run against every adapter.
 */
public abstract class IncidentRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    protected IncidentRepository repository;

    /** A store with no incidents in it. */
    protected abstract IncidentRepository emptyRepository();

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
    }

    private Incident stored(Incident incident) {
        repository.add(incident);
        return incident;
    }

    private Incident reload(Incident incident) {
        return repository.findById(incident.id()).orElseThrow();
    }

    @Test
    void an_added_incident_reads_back_with_every_field_at_version_one() {
        Incident incident = anIncident().openedAt(T0).from(anEvent()
                .withTitle("Ünïcödé title ✓").withDescription("line one\nline two")
                .withLabel("service", "chat").withLabel("region", "eu-west-1")
                .occurredAt(T0.minusSeconds(30))).build();

        repository.add(incident);

        Incident read = repository.findById(incident.id()).orElseThrow();
        assertThat(read.snapshot()).isEqualTo(incident.snapshot());
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void adding_moves_the_callers_incident_to_the_stored_version() {
        Incident incident = anIncident().openedAt(T0).build();

        repository.add(incident);

        assertThat(incident.version()).isEqualTo(1);
        assertThat(incident.unsavedTimeline()).isEmpty();
    }

    @Test
    void updating_moves_the_callers_incident_to_the_stored_version() {
        Incident incident = stored(anIncident().openedAt(T0).build());
        incident.acknowledge("alice", T0.plusSeconds(60));

        repository.update(incident);

        assertThat(incident.version()).isEqualTo(2);
        assertThat(incident.unsavedTimeline()).isEmpty();
    }

    @Test
    void a_refused_update_leaves_the_callers_incident_at_its_loaded_version() {
        Incident incident = stored(anIncident().openedAt(T0).build());
        Incident stale = reload(incident);
        incident.acknowledge("alice", T0.plusSeconds(60));
        repository.update(incident);
        stale.start("bob", T0.plusSeconds(61));

        assertThatThrownBy(() -> repository.update(stale)).isInstanceOf(VersionConflictException.class);
        assertThat(stale.version()).isEqualTo(1);
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertThat(repository.findById(IncidentId.of(java.util.UUID.randomUUID()))).isEmpty();
    }

    @Test
    void an_update_stores_the_changed_fields_and_moves_the_version() {
        Incident incident = stored(anIncident().openedAt(T0).build());

        incident.acknowledge("alice", T0.plusSeconds(60));
        repository.update(incident);

        Incident read = reload(incident);
        assertThat(read.state()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(read.snapshot().acknowledgedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.snapshot()).isEqualTo(incident.snapshot());
    }

    @Test
    void a_counted_repeat_stores_the_latest_occurrence_the_sender_reported() {
        Incident incident = stored(anIncident().openedAt(T0).from(anEvent().occurredAt(T0.minusSeconds(30))).build());

        repository.countRepeats(incident.fingerprint(),
                Repeats.of(List.of(anEvent().occurredAt(T0.plusSeconds(50)).build())), T0.plusSeconds(60));

        Incident read = reload(incident);
        assertThat(read.snapshot().firstOccurredAt()).isEqualTo(T0.minusSeconds(30));
        assertThat(read.snapshot().lastOccurredAt()).isEqualTo(T0.plusSeconds(50));
    }

    @Test
    void an_update_from_a_stale_version_is_refused_and_changes_nothing() {
        Incident incident = stored(anIncident().openedAt(T0).build());
        Incident first = reload(incident);
        Incident second = reload(incident);
        first.acknowledge("alice", T0.plusSeconds(1));
        repository.update(first);

        second.resolve("bob", T0.plusSeconds(2), "restarted", null);

        assertThatThrownBy(() -> repository.update(second)).isInstanceOf(VersionConflictException.class);
        assertThat(reload(incident).state()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(repository.timeline(incident.id())).extracting(TimelineEntry::kind)
                .doesNotContain(TimelineEntryKind.RESOLVED);
    }

    @Test
    void adding_the_same_incident_twice_is_refused() {
        Incident incident = anIncident().openedAt(T0).from(anEvent().withDedupKey("k-1")).build();
        repository.add(incident);

        assertThatThrownBy(() -> repository.add(incident))
                .isInstanceOfAny(VersionConflictException.class, ActiveFingerprintConflictException.class);
    }

    @Test
    void an_id_already_taken_is_a_version_conflict_whatever_the_fingerprint() {
        Incident incident = stored(anIncident().openedAt(T0).from(anEvent().withDedupKey("first")).build());
        Incident sameId = anIncident().withId(incident.id()).openedAt(T0).from(anEvent().withDedupKey("second")).build();

        assertThatThrownBy(() -> repository.add(sameId)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void the_active_incident_is_found_by_its_fingerprint() {
        Incident incident = stored(anIncident().openedAt(T0).from(anEvent().withDedupKey("disk-full")).build());

        assertThat(repository.findActiveByFingerprint(incident.fingerprint()))
                .map(Incident::id).contains(incident.id());
    }

    @Test
    void a_resolved_incident_is_no_longer_found_by_its_fingerprint() {
        Incident incident = stored(anIncident().openedAt(T0).build());
        incident.resolve("alice", T0.plusSeconds(5), null, null);
        repository.update(incident);

        assertThat(repository.findActiveByFingerprint(incident.fingerprint())).isEmpty();
    }

    @Test
    void a_second_active_incident_with_the_same_fingerprint_is_refused() {
        stored(anIncident().openedAt(T0).from(anEvent().withDedupKey("same")).build());
        Incident twin = anIncident().openedAt(T0.plusSeconds(1)).from(anEvent().withDedupKey("same")).build();

        assertThatThrownBy(() -> repository.add(twin)).isInstanceOf(ActiveFingerprintConflictException.class);
        assertThat(repository.findById(twin.id())).isEmpty();
    }

    @Test
    void adding_unless_active_leaves_the_active_incident_of_a_fingerprint_alone() {
        Incident active = stored(anIncident().openedAt(T0).from(anEvent().withDedupKey("same")).build());
        Incident twin = anIncident().openedAt(T0.plusSeconds(1)).from(anEvent().withDedupKey("same")).build();

        assertThat(repository.addUnlessActive(twin)).isFalse();
        assertThat(repository.findById(twin.id())).isEmpty();
        assertThat(repository.findActiveByFingerprint(twin.fingerprint())).map(Incident::id).contains(active.id());
    }

    @Test
    void adding_unless_active_stores_the_first_incident_of_a_fingerprint() {
        Incident incident = anIncident().openedAt(T0).build();

        assertThat(repository.addUnlessActive(incident)).isTrue();
        assertThat(reload(incident).snapshot()).isEqualTo(incident.snapshot());
        assertThat(repository.timeline(incident.id())).isNotEmpty();
    }

    @Test
    void counting_repeats_adds_them_to_the_active_incident_and_keeps_its_version() {
        Incident incident = stored(anIncident().openedAt(T0).build());

        Incident counted = repository.countRepeats(incident.fingerprint(),
                Repeats.of(List.of(anEvent().build(), anEvent().build())), T0.plusSeconds(9)).orElseThrow();

        assertThat(counted.occurrenceCount()).isEqualTo(3);
        assertThat(counted.version()).isEqualTo(incident.version());
        assertThat(reload(incident).snapshot()).isEqualTo(counted.snapshot());
        assertThat(counted.snapshot().lastSeenAt()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void counting_repeats_finds_nothing_without_an_active_incident() {
        Incident incident = stored(anIncident().openedAt(T0).build());
        incident.resolve("alice", T0.plusSeconds(5), null, null);
        repository.update(incident);

        assertThat(repository.countRepeats(incident.fingerprint(), Repeats.of(List.of(anEvent().build())),
                T0.plusSeconds(9))).isEmpty();
        assertThat(reload(incident).occurrenceCount()).isEqualTo(1);
    }

    @Test
    void a_change_made_before_repeats_were_counted_keeps_the_count() {
        Incident loaded = stored(anIncident().openedAt(T0).build());
        repository.countRepeats(loaded.fingerprint(), Repeats.of(List.of(anEvent().build())), T0.plusSeconds(9));

        loaded.acknowledge("alice", T0.plusSeconds(5));
        repository.update(loaded);

        Incident read = reload(loaded);
        assertThat(read.state()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(read.occurrenceCount()).isEqualTo(2);
        assertThat(read.snapshot().updatedAt()).isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void after_resolution_a_new_incident_may_take_the_fingerprint() {
        Incident old = stored(anIncident().openedAt(T0).from(anEvent().withDedupKey("same")).build());
        old.resolve("alice", T0.plusSeconds(5), null, null);
        repository.update(old);
        Incident fresh = anIncident().openedAt(T0.plusSeconds(10)).from(anEvent().withDedupKey("same")).build();

        repository.add(fresh);

        assertThat(repository.findActiveByFingerprint(fresh.fingerprint())).map(Incident::id).contains(fresh.id());
    }

    @Test
    void reopening_is_refused_while_another_incident_holds_the_fingerprint() {
        Incident old = stored(anIncident().openedAt(T0).from(anEvent().withDedupKey("same")).build());
        old.resolve("alice", T0.plusSeconds(5), null, null);
        repository.update(old);
        stored(anIncident().openedAt(T0.plusSeconds(10)).from(anEvent().withDedupKey("same")).build());

        old.reopen("alice", T0.plusSeconds(20));

        assertThatThrownBy(() -> repository.update(old)).isInstanceOf(ActiveFingerprintConflictException.class);
        assertThat(reload(old).state()).isEqualTo(IncidentState.RESOLVED);
    }

    @Test
    void the_timeline_lists_every_stored_entry_oldest_first() {
        Incident incident = stored(anIncident().openedAt(T0).build());
        incident.acknowledge("alice", T0.plusSeconds(10));
        incident.annotate(TimelineEntryKind.NOTE, "alice", "looking at the gateway", T0.plusSeconds(11));
        repository.update(incident);

        List<TimelineEntry> timeline = repository.timeline(incident.id());

        assertThat(timeline).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntryKind.CREATED, TimelineEntryKind.ACKNOWLEDGED, TimelineEntryKind.NOTE);
        assertThat(timeline.get(2)).isEqualTo(new TimelineEntry(T0.plusSeconds(11), TimelineEntryKind.NOTE,
                "alice", "looking at the gateway"));
    }

    @Test
    void the_timeline_of_an_unknown_incident_is_empty() {
        assertThat(repository.timeline(IncidentId.of(java.util.UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_listing_is_newest_first() {
        Incident older = stored(anIncident().openedAt(T0).from(anEvent().withTitle("older")).build());
        Incident newer = stored(anIncident().openedAt(T0.plusSeconds(1)).from(anEvent().withTitle("newer")).build());

        IncidentPage page = repository.list(IncidentFilter.all(), 10, null);

        assertThat(page.items()).extracting(IncidentSnapshot::id).containsExactly(newer.id(), older.id());
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void a_listing_filters_by_state_severity_source_and_category() {
        Incident match = stored(anIncident().openedAt(T0).from(anEvent().withTitle("match").withSource("llm-shield")
                .withSeverity(Severity.P0).withCategory(Category.SECURITY)).build());
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("other source").withSource("llm-sentinel")
                .withSeverity(Severity.P0).withCategory(Category.SECURITY)).build());
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("other severity").withSource("llm-shield")
                .withSeverity(Severity.P2).withCategory(Category.SECURITY)).build());
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("other category").withSource("llm-shield")
                .withSeverity(Severity.P0).withCategory(Category.COST)).build());
        Incident resolved = stored(anIncident().openedAt(T0).from(anEvent().withTitle("resolved")
                .withSource("llm-shield").withSeverity(Severity.P0).withCategory(Category.SECURITY)).build());
        resolved.resolve("alice", T0.plusSeconds(1), null, null);
        repository.update(resolved);

        IncidentPage page = repository.list(
                new IncidentFilter(IncidentState.NEW, Severity.P0, "llm-shield", Category.SECURITY), 10, null);

        assertThat(page.items()).extracting(IncidentSnapshot::id).containsExactly(match.id());
    }

    @Test
    void a_listing_filters_by_a_part_of_the_title_ignoring_case() {
        Incident match = stored(anIncident().openedAt(T0).from(anEvent().withTitle("p95 Latency above SLO")).build());
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("GPU memory exhausted")).build());

        IncidentPage page = repository.list(new IncidentFilter(null, null, null, null, "latency ABOVE"), 10, null);

        assertThat(page.items()).extracting(IncidentSnapshot::id).containsExactly(match.id());
    }

    @Test
    void a_title_filter_takes_percent_and_underscore_literally() {
        Incident match = stored(anIncident().openedAt(T0).from(anEvent().withTitle("error rate 5% on chat_v2")).build());
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("error rate 50 on chatxv2")).build());

        IncidentPage page = repository.list(new IncidentFilter(null, null, null, null, "5% on chat_"), 10, null);

        assertThat(page.items()).extracting(IncidentSnapshot::id).containsExactly(match.id());
    }

    @Test
    void pages_cover_every_incident_exactly_once_in_order() {
        List<IncidentId> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Pairs share a created-at so that the id breaks ties.
            Incident incident = stored(anIncident().openedAt(T0.plusSeconds(i / 2))
                    .from(anEvent().withTitle("incident " + i)).build());
            expected.add(0, incident.id());
        }

        List<IncidentId> seen = new ArrayList<>();
        PageCursor cursor = null;
        int pages = 0;
        do {
            IncidentPage page = repository.list(IncidentFilter.all(), 3, cursor);
            page.items().forEach(incident -> seen.add(incident.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(Set.copyOf(seen)).isEqualTo(new HashSet<>(expected));
        List<IncidentSnapshot> all = repository.list(IncidentFilter.all(), 100, null).items();
        assertThat(seen).containsExactlyElementsOf(all.stream().map(IncidentSnapshot::id).toList());
    }

    @Test
    void active_incidents_are_counted_per_severity_source_and_category() {
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("a").withSeverity(Severity.P1)
                .withCategory(Category.COST).withSource("llm-edge-agent")).build());
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("b").withSeverity(Severity.P1)
                .withCategory(Category.COST).withSource("llm-edge-agent")).build());
        Incident resolved = stored(anIncident().openedAt(T0).from(anEvent().withTitle("c").withSeverity(Severity.P1)
                .withCategory(Category.COST).withSource("llm-edge-agent")).build());
        resolved.resolve("alice", T0.plusSeconds(1), null, null);
        repository.update(resolved);

        assertThat(repository.countActive()).containsExactly(
                new ActiveIncidentCount(Severity.P1, "llm-edge-agent", Category.COST, 2));
    }

    @Test
    void incidents_are_counted_per_state_and_severity() {
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("a").withSeverity(Severity.P1)).build());
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("b").withSeverity(Severity.P1)).build());
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("c").withSeverity(Severity.P3)).build());
        Incident resolved = stored(anIncident().openedAt(T0).from(anEvent().withTitle("d").withSeverity(Severity.P1))
                .build());
        resolved.resolve("alice", T0.plusSeconds(1), null, null);
        repository.update(resolved);

        assertThat(repository.countByStateAndSeverity()).containsExactlyInAnyOrder(
                new IncidentCount(IncidentState.NEW, Severity.P1, 2),
                new IncidentCount(IncidentState.NEW, Severity.P3, 1),
                new IncidentCount(IncidentState.RESOLVED, Severity.P1, 1));
    }

    @Test
    void response_times_average_the_incidents_created_since_the_given_instant() {
        Incident before = stored(anIncident().openedAt(T0.minusSeconds(3600)).from(anEvent().withTitle("old")).build());
        answered(before, T0.minusSeconds(3600).plusSeconds(1000), null);
        Incident first = stored(anIncident().openedAt(T0).from(anEvent().withTitle("first")).build());
        answered(first, T0.plusSeconds(60), null);
        Incident second = stored(anIncident().openedAt(T0.plusSeconds(10)).from(anEvent().withTitle("second")).build());
        answered(second, T0.plusSeconds(130), T0.plusSeconds(310));
        stored(anIncident().openedAt(T0.plusSeconds(20)).from(anEvent().withTitle("unanswered")).build());

        ResponseTimes times = repository.responseTimes(T0);

        assertThat(times.meanTimeToAcknowledge()).contains(Duration.ofSeconds(90));
        assertThat(times.meanTimeToResolve()).contains(Duration.ofSeconds(300));
    }

    @Test
    void response_times_are_empty_when_nothing_created_since_was_answered() {
        stored(anIncident().openedAt(T0).from(anEvent().withTitle("unanswered")).build());
        Incident old = stored(anIncident().openedAt(T0.minusSeconds(60)).from(anEvent().withTitle("old")).build());
        answered(old, T0.minusSeconds(30), T0.minusSeconds(10));

        assertThat(repository.responseTimes(T0)).isEqualTo(new ResponseTimes(Optional.empty(), Optional.empty()));
    }

    private void answered(Incident incident, Instant acknowledgedAt, Instant resolvedAt) {
        incident.acknowledge("alice", acknowledgedAt);
        if (resolvedAt != null) {
            incident.resolve("alice", resolvedAt, null, null);
        }
        repository.update(incident);
    }
}
