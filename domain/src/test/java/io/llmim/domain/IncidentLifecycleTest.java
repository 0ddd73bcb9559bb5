package io.llmim.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static io.llmim.domain.IncidentState.ACKNOWLEDGED;
import static io.llmim.domain.IncidentState.CLOSED;
import static io.llmim.domain.IncidentState.IN_PROGRESS;
import static io.llmim.domain.IncidentState.NEW;
import static io.llmim.domain.IncidentState.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

    /** The actions of the state machine, each with the target state it moves to. */
    enum Action {
        ACKNOWLEDGE(ACKNOWLEDGED, (i, at) -> i.acknowledge("alice", at)),
        START(IN_PROGRESS, (i, at) -> i.start("alice", at)),
        RESOLVE(RESOLVED, (i, at) -> i.resolve("alice", at, "rolled back", "bad deploy")),
        CLOSE(CLOSED, (i, at) -> i.close("alice", at)),
        REOPEN(IN_PROGRESS, (i, at) -> i.reopen("alice", at));

        final IncidentState target;
        final BiConsumer<Incident, Instant> apply;

        Action(IncidentState target, BiConsumer<Incident, Instant> apply) {
            this.target = target;
            this.apply = apply;
        }
    }

    private static final Map<Action, Set<IncidentState>> LEGAL_FROM = Map.of(
            Action.ACKNOWLEDGE, Set.of(NEW),
            Action.START, Set.of(NEW, ACKNOWLEDGED),
            Action.RESOLVE, Set.of(NEW, ACKNOWLEDGED, IN_PROGRESS),
            Action.CLOSE, Set.of(RESOLVED),
            Action.REOPEN, Set.of(RESOLVED));

    private static Incident newIncident() {
        Incident incident = Incident.open(IncidentId.of(UUID.randomUUID()), Events.event(),
                new Classification(Severity.P2, Category.PERFORMANCE, 1, "sender"), T0);
        incident.markStored();
        incident.takeNotifications();
        return incident;
    }

    private static Incident incidentIn(IncidentState state) {
        Incident incident = newIncident();
        Instant at = T0.plusSeconds(1);
        switch (state) {
            case NEW -> { }
            case ACKNOWLEDGED -> incident.acknowledge("alice", at);
            case IN_PROGRESS -> incident.start("alice", at);
            case RESOLVED -> incident.resolve("alice", at, null, null);
            case CLOSED -> {
                incident.resolve("alice", at, null, null);
                incident.close("alice", at);
            }
        }
        incident.markStored();
        incident.takeNotifications();
        return incident;
    }

    static Stream<Arguments> legalMoves() {
        List<Arguments> moves = new ArrayList<>();
        LEGAL_FROM.forEach((action, froms) -> froms.forEach(from -> moves.add(Arguments.of(from, action))));
        return moves.stream();
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> moves = new ArrayList<>();
        for (Action action : Action.values()) {
            for (IncidentState from : IncidentState.values()) {
                if (!LEGAL_FROM.get(action).contains(from)) {
                    moves.add(Arguments.of(from, action));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("legalMoves")
    void a_legal_move_reaches_its_target_state_and_is_notified(IncidentState from, Action action) {
        Incident incident = incidentIn(from);

        action.apply.accept(incident, T0.plusSeconds(60));

        assertThat(incident.state()).isEqualTo(action.target);
        assertThat(incident.takeNotifications())
                .contains(new LifecycleNotification.Transitioned(from, action.target));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("illegalMoves")
    void an_illegal_move_is_refused_naming_both_states(IncidentState from, Action action) {
        Incident incident = incidentIn(from);

        assertThatThrownBy(() -> action.apply.accept(incident, T0.plusSeconds(60)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(from.name())
                .hasMessageContaining(action.target.name());
        assertThat(incident.state()).isEqualTo(from);
        assertThat(incident.takeNotifications()).isEmpty();
    }

    @Test
    void the_states_own_table_of_moves_agrees_with_the_actions() {
        for (IncidentState from : IncidentState.values()) {
            for (IncidentState to : IncidentState.values()) {
                boolean byAction = false;
                for (Action action : Action.values()) {
                    byAction |= action.target == to && LEGAL_FROM.get(action).contains(from);
                }
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(byAction);
            }
        }
    }

    @Test
    void acknowledging_measures_the_time_since_creation() {
        Incident incident = newIncident();

        incident.acknowledge("alice", T0.plus(Duration.ofMinutes(7)));

        assertThat(incident.snapshot().acknowledgedAt()).isEqualTo(T0.plus(Duration.ofMinutes(7)));
        assertThat(incident.takeNotifications())
                .contains(new LifecycleNotification.Acknowledged(Severity.P2, Duration.ofMinutes(7)));
    }

    @Test
    void resolving_measures_the_time_since_creation_and_keeps_note_and_root_cause() {
        Incident incident = incidentIn(IN_PROGRESS);

        incident.resolve("bob", T0.plus(Duration.ofHours(2)), "rolled back", "bad deploy");

        assertThat(incident.snapshot().resolutionNote()).isEqualTo("rolled back");
        assertThat(incident.snapshot().rootCause()).isEqualTo("bad deploy");
        assertThat(incident.takeNotifications()).contains(new LifecycleNotification.Resolved(
                Severity.P2, Events.SOURCE, Category.PERFORMANCE, Duration.ofHours(2)));
    }

    @Test
    void reopening_makes_the_incident_active_again() {
        Incident incident = incidentIn(RESOLVED);

        incident.reopen("bob", T0.plusSeconds(90));

        assertThat(incident.state().isActive()).isTrue();
        assertThat(incident.snapshot().resolvedAt()).isNull();
        assertThat(incident.takeNotifications()).contains(
                new LifecycleNotification.Reopened(Severity.P2, Events.SOURCE, Category.PERFORMANCE));
    }

    @Test
    void a_time_earlier_than_the_last_change_is_raised_to_it() {
        Incident incident = newIncident();

        incident.acknowledge("alice", T0.minusSeconds(30));

        assertThat(incident.snapshot().acknowledgedAt()).isEqualTo(T0);
        assertThat(incident.takeNotifications())
                .contains(new LifecycleNotification.Acknowledged(Severity.P2, Duration.ZERO));
    }

    @Test
    void every_move_is_written_to_the_timeline_with_its_actor() {
        Incident incident = newIncident();

        incident.acknowledge("alice", T0.plusSeconds(1));
        incident.start("bob", T0.plusSeconds(2));

        assertThat(incident.unsavedTimeline()).containsExactly(
                new TimelineEntry(T0.plusSeconds(1), TimelineEntryKind.ACKNOWLEDGED, "alice", "acknowledged"),
                new TimelineEntry(T0.plusSeconds(2), TimelineEntryKind.STARTED, "bob", "work started"));
    }

    @Test
    void storing_moves_the_version_and_clears_the_unsaved_timeline() {
        Incident incident = newIncident();
        incident.acknowledge("alice", T0.plusSeconds(1));

        incident.markStored();

        assertThat(incident.version()).isEqualTo(2);
        assertThat(incident.unsavedTimeline()).isEmpty();
    }

    @Test
    void notifications_are_held_through_the_store_and_handed_over_once() {
        Incident incident = newIncident();
        incident.acknowledge("alice", T0.plusSeconds(1));
        incident.markStored();

        assertThat(incident.takeNotifications()).isNotEmpty();
        assertThat(incident.takeNotifications()).isEmpty();
    }

    @Test
    void opening_notifies_creation_and_writes_the_first_timeline_entry() {
        Incident incident = Incident.open(IncidentId.of(UUID.randomUUID()), Events.event(Severity.P1),
                new Classification(Severity.P4, Category.OTHER, 0.3, "rules"), T0);

        assertThat(incident.state()).isEqualTo(NEW);
        assertThat(incident.severity()).isEqualTo(Severity.P1);
        assertThat(incident.classifiedBy()).isNull();
        assertThat(incident.takeNotifications()).containsExactly(
                new LifecycleNotification.Created(Severity.P1, Events.SOURCE, Category.PERFORMANCE));
        assertThat(incident.unsavedTimeline()).extracting(TimelineEntry::kind).containsExactly(TimelineEntryKind.CREATED);
    }

    @Test
    void what_the_sender_left_out_comes_from_the_classifier_and_the_timeline_says_so() {
        Event unclassified = new Event("llm-shield", "prompt injection detected", "", null, null, null, Map.of(), null);

        Incident incident = Incident.open(IncidentId.of(UUID.randomUUID()), unclassified,
                new Classification(Severity.P1, Category.SECURITY, 0.6, "rules"), T0);

        assertThat(incident.severity()).isEqualTo(Severity.P1);
        assertThat(incident.category()).isEqualTo(Category.SECURITY);
        assertThat(incident.classifiedBy()).isEqualTo("rules");
        assertThat(incident.unsavedTimeline()).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntryKind.CREATED, TimelineEntryKind.CLASSIFIED);
    }

    @ParameterizedTest
    @EnumSource(value = TimelineEntryKind.class, names = {"CREATED", "ACKNOWLEDGED", "RESOLVED", "CLASSIFIED"})
    void lifecycle_entries_cannot_be_added_by_hand(TimelineEntryKind kind) {
        Incident incident = newIncident();

        assertThatThrownBy(() -> incident.annotate(kind, "mallory", "fake", T0))
                .isInstanceOf(InvalidIncidentDataException.class);
    }

    private static Incident unclassifiedIncident() {
        Event unclassified = new Event(Events.SOURCE, "something odd", "", null, null, null, Map.of(), null);
        Incident incident = Incident.open(IncidentId.of(UUID.randomUUID()), unclassified,
                new Classification(Severity.P3, Category.OTHER, 0.3, "rules"), T0);
        incident.markStored();
        incident.takeNotifications();
        return incident;
    }

    @Test
    void reclassifying_an_active_incident_moves_it_between_active_label_sets() {
        Incident incident = unclassifiedIncident();

        boolean changed = incident.reclassify(new Classification(Severity.P0, Category.SECURITY, 0.95, "openai/gpt-4"), T0);

        assertThat(changed).isTrue();
        assertThat(incident.severity()).isEqualTo(Severity.P0);
        assertThat(incident.classifiedBy()).isEqualTo("openai/gpt-4");
        assertThat(incident.takeNotifications()).containsExactly(new LifecycleNotification.Reclassified(
                Events.SOURCE, Severity.P3, Category.OTHER, Severity.P0, Category.SECURITY));
    }

    @Test
    void a_classifier_never_overrides_what_the_sender_reported() {
        Event senderSeverityOnly = new Event(Events.SOURCE, "something odd", "", Severity.P1, null, null, Map.of(), null);
        Incident incident = Incident.open(IncidentId.of(UUID.randomUUID()), senderSeverityOnly,
                new Classification(Severity.P3, Category.OTHER, 0.3, "rules"), T0);

        incident.reclassify(new Classification(Severity.P4, Category.COST, 0.9, "openai/gpt-4"), T0);

        assertThat(incident.severity()).isEqualTo(Severity.P1);
        assertThat(incident.category()).isEqualTo(Category.COST);
    }

    @Test
    void a_fully_reported_incident_is_not_reclassified() {
        Incident incident = newIncident();

        assertThat(incident.reclassify(new Classification(Severity.P0, Category.COST, 0.9, "openai/gpt-4"), T0))
                .isFalse();
        assertThat(incident.takeNotifications()).isEmpty();
    }
}
