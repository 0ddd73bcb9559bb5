package io.llmim.application.incident;

import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.IncidentChange;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.application.testing.InMemoryIncidentChangeLog;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.application.testing.RecordingMetricsPort;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentState;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentChangesTest {

    private final InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
    private final RecordingMetricsPort metrics = new RecordingMetricsPort();
    private final InMemoryIncidentChangeLog log = new InMemoryIncidentChangeLog();
    private final IncidentChanges changes = new IncidentChanges(incidents, UnitOfWork.none(),
            new IncidentClock(MutableClock.at("2026-06-01T09:00:00Z")), metrics, log);

    private Incident stored() {
        Incident incident = anIncident().openedAt("2026-06-01T08:00:00Z").build();
        incidents.add(incident);
        incident.takeNotifications();
        return incident;
    }

    @Test
    void a_change_is_stored_at_the_next_version_and_then_measured() {
        Incident incident = stored();

        Incident changed = changes.apply(incident.id(), (fresh, now) -> fresh.acknowledge("alice", now));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(incidents.findById(incident.id()).orElseThrow().state()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(metrics.calls()).contains("transition NEW -> ACKNOWLEDGED");
    }

    @Test
    void a_stored_change_is_logged_with_its_kind_and_the_incident_as_stored() {
        Incident incident = stored();

        Incident changed = changes.apply(incident.id(), (fresh, now) -> fresh.acknowledge("alice", now));

        assertThat(log.all()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.TRANSITIONED);
            assertThat(change.incident()).isEqualTo(changed.snapshot());
        });
    }

    @Test
    void work_beside_an_incident_is_logged_with_the_kind_it_is_given() {
        Incident incident = stored();
        AtomicInteger done = new AtomicInteger();

        changes.alongside(incident.id(), ChangeKind.RELATED, done::incrementAndGet);

        assertThat(done).hasValue(1);
        assertThat(log.all()).extracting(IncidentChange::kind).containsExactly(ChangeKind.RELATED);
    }

    @Test
    void a_change_with_nothing_to_do_stores_and_measures_nothing() {
        Incident incident = stored();

        assertThat(changes.applyIf(incident.id(), (fresh, now) -> false)).isEmpty();

        assertThat(incidents.findById(incident.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(metrics.calls()).isEmpty();
        assertThat(log.all()).isEmpty();
    }

    @Test
    void a_change_that_lost_a_race_is_applied_again_to_the_winners_version() {
        Incident incident = stored();
        AtomicInteger attempts = new AtomicInteger();

        changes.apply(incident.id(), (fresh, now) -> {
            if (attempts.incrementAndGet() == 1) {
                changes.apply(incident.id(), (winner, at) -> winner.start("bob", at));
            }
            fresh.resolve("alice", now, null, null);
        });

        assertThat(attempts).hasValue(2);
        assertThat(incidents.findById(incident.id()).orElseThrow().version()).isEqualTo(3);
        assertThat(log.all()).extracting(change -> change.incident().state())
                .containsExactly(IncidentState.IN_PROGRESS, IncidentState.RESOLVED);
    }

    @Test
    void an_unknown_incident_is_not_found() {
        assertThatThrownBy(() -> changes.apply(IncidentId.of(UUID.randomUUID()), (fresh, now) -> fresh.start("a", now)))
                .isInstanceOf(IncidentNotFoundException.class);
    }
}
