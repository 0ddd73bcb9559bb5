package io.llmim.application.testing;

import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.AlertMemberRepository.AlertMember;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link AlertMemberRepository} must do; each implementation's test supplies an empty store. */
public abstract class AlertMemberRepositoryContract {

    private static final Instant STARTED = Instant.parse("2026-02-01T10:00:00Z");

    private AlertMemberRepository members;
    private IncidentRepository incidents;
    private Incident incident;

    /** An empty store of both incidents and members (members belong to stored incidents). */
    protected abstract Stores emptyStores();

    /** The two repositories of one store. */
    public record Stores(IncidentRepository incidents, AlertMemberRepository members) {
    }

    @BeforeEach
    void startEmpty() {
        Stores stores = emptyStores();
        members = stores.members();
        incidents = stores.incidents();
        incident = anIncident().build();
        incidents.add(incident);
    }

    @Test
    void a_member_reads_back_as_written() {
        members.upsert(incident.id(), new AlertMember("a1", true, STARTED, null));

        assertThat(members.members(incident.id())).containsExactly(new AlertMember("a1", true, STARTED, null));
    }

    @Test
    void what_the_sender_said_of_a_member_reads_back_as_written() {
        AlertMember detailed = new AlertMember("a1", true, STARTED, STARTED.plusSeconds(300),
                Map.of("alertname", "HighLatency", "odd&name", "a=b c"), Map.of("summary", "p99 above 2s"),
                "http://prometheus/graph?g0.expr=up", STARTED.plusSeconds(60));

        members.upsert(incident.id(), detailed);

        assertThat(members.members(incident.id())).containsExactly(detailed);
    }

    @Test
    void the_firing_members_of_every_incident_are_listed_soonest_end_first() {
        Incident other = anIncident().from(EventBuilder.anEvent().withDedupKey("another group")).build();
        incidents.add(other);
        members.upsert(incident.id(), new AlertMember("late", true, STARTED, STARTED.plusSeconds(900)));
        members.upsert(other.id(), new AlertMember("soon", true, STARTED, STARTED.plusSeconds(60)));
        members.upsert(other.id(), new AlertMember("done", false, STARTED, STARTED.plusSeconds(30)));

        assertThat(members.firingMembers(10)).extracting(AlertMember::fingerprint).containsExactly("soon", "late");
        assertThat(members.firingMembers(1)).extracting(AlertMember::fingerprint).containsExactly("soon");
    }

    @Test
    void a_firing_member_comes_with_its_incident() {
        members.upsert(incident.id(), new AlertMember("a1", true, STARTED, STARTED.plusSeconds(60)));

        assertThat(members.firing(10)).extracting(AlertMemberRepository.FiringMember::incident)
                .containsExactly(incident.id());
    }

    @Test
    void the_members_of_a_notification_are_written_together() {
        members.upsertAll(incident.id(), List.of(new AlertMember("a1", true, STARTED, null),
                new AlertMember("a2", false, STARTED, STARTED.plusSeconds(60))));

        assertThat(members.members(incident.id())).extracting(AlertMember::fingerprint).containsExactly("a1", "a2");
    }

    @Test
    void writing_a_member_again_replaces_it() {
        members.upsert(incident.id(), new AlertMember("a1", true, STARTED, null));
        members.upsert(incident.id(), new AlertMember("a1", true, STARTED, null));
        members.upsert(incident.id(), new AlertMember("a1", false, STARTED, STARTED.plusSeconds(60)));

        assertThat(members.members(incident.id()))
                .containsExactly(new AlertMember("a1", false, STARTED, STARTED.plusSeconds(60)));
    }

    @Test
    void firing_members_past_their_end_are_resolved_and_their_incident_returned() {
        members.upsert(incident.id(), new AlertMember("ended", true, STARTED, STARTED.plusSeconds(300)));
        members.upsert(incident.id(), new AlertMember("later", true, STARTED, STARTED.plusSeconds(900)));

        assertThat(members.resolveEndedMembers(STARTED.plusSeconds(300), 10)).containsExactly(incident.id());

        assertThat(members.members(incident.id())).containsExactlyInAnyOrder(
                new AlertMember("ended", false, STARTED, STARTED.plusSeconds(300)),
                new AlertMember("later", true, STARTED, STARTED.plusSeconds(900)));
    }

    @Test
    void members_without_an_end_or_already_resolved_are_left_alone() {
        members.upsert(incident.id(), new AlertMember("open", true, STARTED, null));
        members.upsert(incident.id(), new AlertMember("done", false, STARTED, STARTED.plusSeconds(60)));

        assertThat(members.resolveEndedMembers(STARTED.plusSeconds(3600), 10)).isEmpty();
        assertThat(members.members(incident.id())).extracting(AlertMember::firing).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void ended_members_are_resolved_at_most_limit_incidents_at_a_time() {
        Incident other = anIncident().from(EventBuilder.anEvent().withDedupKey("another group")).build();
        incidents.add(other);
        members.upsert(incident.id(), new AlertMember("a1", true, STARTED, STARTED));
        members.upsert(other.id(), new AlertMember("a1", true, STARTED, STARTED));

        assertThat(members.resolveEndedMembers(STARTED, 1)).hasSize(1);
        assertThat(members.resolveEndedMembers(STARTED, 1)).hasSize(1);
        assertThat(members.resolveEndedMembers(STARTED, 1)).isEmpty();
    }

    @Test
    void members_of_other_incidents_are_not_listed() {
        members.upsert(incident.id(), new AlertMember("a1", true, STARTED, null));

        assertThat(members.members(anIncident().build().id())).isEmpty();
    }
}
