package io.llmim.application.testing;

import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.RelatedIncidents;
import io.llmim.application.port.out.CorrelationGroups;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link CorrelationGroups} must do; each implementation's test supplies an empty store. */
public abstract class CorrelationGroupsContract {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    private IncidentRepository incidents;
    private CorrelationGroups groups;

    /** An empty store of both incidents and groups (members are stored incidents). */
    protected abstract Stores emptyStores();

    /** The two repositories of one store. */
    public record Stores(IncidentRepository incidents, CorrelationGroups groups) {
    }

    @BeforeEach
    void startEmpty() {
        Stores stores = emptyStores();
        incidents = stores.incidents();
        groups = stores.groups();
    }

    private IncidentSnapshot stored(int secondsAfterT0) {
        Incident incident = anIncident().from(anEvent().withTitle("incident " + secondsAfterT0))
                .openedAt(T0.plusSeconds(secondsAfterT0)).build();
        incidents.add(incident);
        return incident.snapshot();
    }

    @Test
    void joining_a_match_in_no_group_founds_a_group_named_by_the_match() {
        IncidentSnapshot first = stored(0);
        IncidentSnapshot second = stored(1);

        groups.join(second, first, "same service chat");

        assertThat(groups.groupsOf(List.of(first.id(), second.id())))
                .containsEntry(first.id(), first.id()).containsEntry(second.id(), first.id());
        assertThat(groups.related(second.id(), 20, null).items())
                .containsExactly(new IncidentLink(first.id(), "same service chat"));
        assertThat(groups.related(first.id(), 20, null).items())
                .containsExactly(new IncidentLink(second.id(), "same service chat"));
    }

    @Test
    void an_incident_joins_the_group_its_match_belongs_to() {
        IncidentSnapshot first = stored(0);
        IncidentSnapshot second = stored(1);
        IncidentSnapshot third = stored(2);
        groups.join(second, first, "a");

        groups.join(third, second, "b");

        assertThat(groups.groupsOf(List.of(third.id()))).containsEntry(third.id(), first.id());
        assertThat(groups.related(first.id(), 20, null).items())
                .containsExactly(new IncidentLink(third.id(), "b"), new IncidentLink(second.id(), "a"));
    }

    @Test
    void an_incident_keeps_the_first_group_it_joined() {
        IncidentSnapshot first = stored(0);
        IncidentSnapshot second = stored(1);
        IncidentSnapshot other = stored(2);
        groups.join(second, first, "first reason");

        groups.join(second, first, "second reason");
        groups.join(second, other, "third reason");

        assertThat(groups.groupsOf(List.of(second.id()))).containsEntry(second.id(), first.id());
        assertThat(groups.related(first.id(), 20, null).items())
                .containsExactly(new IncidentLink(second.id(), "first reason"));
        assertThat(groups.related(first.id(), 20, null).total()).isEqualTo(1);
    }

    @Test
    void an_incident_in_no_group_has_no_related_incidents() {
        IncidentSnapshot first = stored(0);
        IncidentSnapshot second = stored(1);
        IncidentSnapshot alone = stored(2);
        groups.join(second, first, "a");

        assertThat(groups.related(alone.id(), 20, null)).isEqualTo(RelatedIncidents.none());
        assertThat(groups.groupsOf(List.of(alone.id()))).isEmpty();
    }

    @Test
    void related_incidents_come_newest_first_one_bounded_page_at_a_time_with_their_total() {
        IncidentSnapshot founder = stored(0);
        List<IncidentId> members = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            IncidentSnapshot member = stored(i);
            groups.join(member, founder, "same service chat");
            members.add(0, member.id());
        }
        members.add(founder.id());
        IncidentSnapshot newest = stored(9);
        groups.join(newest, founder, "same service chat");

        List<IncidentId> seen = new ArrayList<>();
        PageCursor cursor = null;
        do {
            RelatedIncidents page = groups.related(newest.id(), 2, cursor);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            assertThat(page.total()).isEqualTo(6);
            page.items().forEach(link -> seen.add(link.related()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(members);
    }

    @Test
    void incidents_joining_one_ungrouped_match_at_once_end_in_one_group() throws Exception {
        IncidentSnapshot founder = stored(0);
        List<IncidentSnapshot> members = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            members.add(stored(i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> joined : threads.invokeAll(members.stream().<Callable<Void>>map(member -> () -> {
                groups.join(member, founder, "same service chat");
                return null;
            }).toList())) {
                joined.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(groups.related(founder.id(), 20, null).total()).isEqualTo(16);
        assertThat(groups.groupsOf(members.stream().map(IncidentSnapshot::id).toList()).values())
                .hasSize(16).containsOnly(founder.id());
    }
}
