package io.llmim.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeduplicationTest {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

    private static Event event(String source, String title, Map<String, String> labels, String dedupKey) {
        return new Event(source, title, null, Severity.P2, Category.AVAILABILITY, dedupKey, labels, null);
    }

    private static Incident openedFrom(Event event) {
        Incident incident = Incident.open(IncidentId.of(UUID.randomUUID()), event,
                new Classification(Severity.P2, Category.AVAILABILITY, 1, "sender"), T0);
        incident.markStored();
        incident.takeNotifications();
        return incident;
    }

    // How the service merges repeats: the store counts them, then the incident takes them in.
    private static void merge(Incident incident, Event repeat, Instant at) {
        Repeats repeats = Repeats.of(List.of(repeat));
        incident.count(repeats, at);
        incident.repeated(repeats, at);
    }

    private static Event occurredAt(Instant occurred) {
        return new Event("s", "t", null, Severity.P2, Category.AVAILABILITY, "k", Map.of(), occurred);
    }

    @Test
    void a_new_incident_keeps_when_its_report_says_the_trouble_occurred() {
        Incident incident = openedFrom(occurredAt(T0.minusSeconds(30)));

        assertThat(incident.snapshot().firstOccurredAt()).isEqualTo(T0.minusSeconds(30));
        assertThat(incident.snapshot().lastOccurredAt()).isEqualTo(T0.minusSeconds(30));
    }

    @Test
    void a_report_without_an_occurrence_time_leaves_both_null() {
        Incident incident = openedFrom(occurredAt(null));

        assertThat(incident.snapshot().firstOccurredAt()).isNull();
        assertThat(incident.snapshot().lastOccurredAt()).isNull();
    }

    @Test
    void a_repeat_moves_the_last_occurrence_and_keeps_the_first() {
        Incident incident = openedFrom(occurredAt(T0.minusSeconds(30)));

        merge(incident, occurredAt(T0.plusSeconds(50)), T0.plusSeconds(60));

        assertThat(incident.snapshot().firstOccurredAt()).isEqualTo(T0.minusSeconds(30));
        assertThat(incident.snapshot().lastOccurredAt()).isEqualTo(T0.plusSeconds(50));
    }

    @Test
    void a_repeat_that_occurred_before_the_first_report_moves_the_first_occurrence_back() {
        Incident incident = openedFrom(occurredAt(T0.minusSeconds(30)));

        merge(incident, occurredAt(T0.minusSeconds(90)), T0.plusSeconds(60));

        assertThat(incident.snapshot().firstOccurredAt()).isEqualTo(T0.minusSeconds(90));
        assertThat(incident.snapshot().lastOccurredAt()).isEqualTo(T0.minusSeconds(30));
    }

    @Test
    void a_repeat_without_an_occurrence_time_keeps_the_reported_ones() {
        Incident incident = openedFrom(occurredAt(T0.minusSeconds(30)));

        merge(incident, occurredAt(null), T0.plusSeconds(60));

        assertThat(incident.snapshot().firstOccurredAt()).isEqualTo(T0.minusSeconds(30));
        assertThat(incident.snapshot().lastOccurredAt()).isEqualTo(T0.minusSeconds(30));
    }

    @Test
    void the_fingerprint_ignores_label_order() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");

        assertThat(event("s", "t", ab, null).fingerprint()).isEqualTo(event("s", "t", ba, null).fingerprint());
    }

    @Test
    void source_title_and_labels_each_change_the_fingerprint() {
        Fingerprint base = event("s", "t", Map.of("a", "1"), null).fingerprint();

        assertThat(event("other", "t", Map.of("a", "1"), null).fingerprint()).isNotEqualTo(base);
        assertThat(event("s", "other", Map.of("a", "1"), null).fingerprint()).isNotEqualTo(base);
        assertThat(event("s", "t", Map.of("a", "2"), null).fingerprint()).isNotEqualTo(base);
    }

    @Test
    void a_dedup_key_alone_decides_the_fingerprint() {
        Fingerprint one = event("s1", "t1", Map.of("a", "1"), "checkout-5xx").fingerprint();
        Fingerprint two = event("s2", "t2", Map.of(), "checkout-5xx").fingerprint();

        assertThat(one).isEqualTo(two);
    }

    @Test
    void a_dedup_key_never_collides_with_a_derived_fingerprint() {
        assertThat(event("s", "t", Map.of(), "derived st").fingerprint())
                .isNotEqualTo(event("s", "t", Map.of(), null).fingerprint());
    }

    @Test
    void merging_counts_the_occurrence_and_moves_last_seen() {
        Incident incident = openedFrom(event("s", "t", Map.of(), null));

        merge(incident, event("s", "t", Map.of(), null), T0.plusSeconds(30));

        assertThat(incident.occurrenceCount()).isEqualTo(2);
        assertThat(incident.snapshot().lastSeenAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(incident.takeNotifications()).containsExactly(new LifecycleNotification.Deduplicated("s"));
    }

    @Test
    void a_repeat_that_changes_nothing_but_the_count_adds_no_timeline_entry() {
        Incident incident = openedFrom(event("s", "t", Map.of(), null));

        merge(incident, event("s", "t", Map.of(), null), T0.plusSeconds(30));

        assertThat(incident.unsavedTimeline()).isEmpty();
    }

    @Test
    void repeats_counted_together_are_each_a_deduplication() {
        Incident incident = openedFrom(event("s", "t", Map.of(), null));
        Repeats three = Repeats.of(List.of(event("s", "t", Map.of(), null), event("s", "t", Map.of(), null),
                event("s", "t", Map.of(), null)));

        incident.count(three, T0.plusSeconds(30));
        incident.repeated(three, T0.plusSeconds(30));

        assertThat(incident.occurrenceCount()).isEqualTo(4);
        assertThat(incident.takeNotifications()).hasSize(3).containsOnly(new LifecycleNotification.Deduplicated("s"));
    }

    @Test
    void a_severity_raised_by_a_repeat_is_on_the_timeline() {
        Incident incident = openedFrom(event("s", "t", Map.of(), null));

        merge(incident, new Event("s", "t", null, Severity.P0, null, null, Map.of(), null), T0.plusSeconds(1));

        assertThat(incident.unsavedTimeline()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(TimelineEntryKind.DEDUPLICATED);
            assertThat(entry.detail()).isEqualTo("severity raised P2 -> P0 by a repeat from s");
        });
    }

    @Test
    void a_more_severe_repeat_raises_the_severity() {
        Incident incident = openedFrom(event("s", "t", Map.of(), null));
        Event worse = new Event("s", "t", null, Severity.P0, null, null, Map.of(), null);

        merge(incident, worse, T0.plusSeconds(1));

        assertThat(incident.severity()).isEqualTo(Severity.P0);
        assertThat(incident.takeNotifications()).contains(new LifecycleNotification.Reclassified(
                "s", Severity.P2, Category.AVAILABILITY, Severity.P0, Category.AVAILABILITY));
    }

    @Test
    void a_less_severe_repeat_never_lowers_the_severity() {
        Incident incident = openedFrom(event("s", "t", Map.of(), null));
        Event milder = new Event("s", "t", null, Severity.P4, null, null, Map.of(), null);

        merge(incident, milder, T0.plusSeconds(1));

        assertThat(incident.severity()).isEqualTo(Severity.P2);
        assertThat(incident.takeNotifications()).containsExactly(new LifecycleNotification.Deduplicated("s"));
    }

    @Test
    void nothing_merges_into_a_resolved_incident() {
        Incident incident = openedFrom(event("s", "t", Map.of(), null));
        incident.resolve("alice", T0, null, null);

        assertThatThrownBy(() -> incident.count(Repeats.of(List.of(event("s", "t", Map.of(), null))), T0))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
