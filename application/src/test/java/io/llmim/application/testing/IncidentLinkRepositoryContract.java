package io.llmim.application.testing;

import io.llmim.application.port.out.IncidentLinkRepository;
import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link IncidentLinkRepository} must do; each implementation's test supplies an empty store. */
public abstract class IncidentLinkRepositoryContract {

    private IncidentLinkRepository links;
    private Incident incident;
    private Incident other;
    private Incident third;

    /** An empty store of both incidents and links (links join stored incidents). */
    protected abstract Stores emptyStores();

    /** The two repositories of one store. */
    public record Stores(IncidentRepository incidents, IncidentLinkRepository links) {
    }

    @BeforeEach
    void startEmpty() {
        Stores stores = emptyStores();
        links = stores.links();
        incident = anIncident().from(anEvent().withTitle("first")).build();
        other = anIncident().from(anEvent().withTitle("second")).build();
        third = anIncident().from(anEvent().withTitle("third")).build();
        List.of(incident, other, third).forEach(stores.incidents()::add);
    }

    @Test
    void a_link_reads_back_from_both_sides_with_its_reason() {
        links.link(incident.id(), List.of(new IncidentLink(other.id(), "same service chat")));

        assertThat(links.related(incident.id())).containsExactly(new IncidentLink(other.id(), "same service chat"));
        assertThat(links.related(other.id())).containsExactly(new IncidentLink(incident.id(), "same service chat"));
    }

    @Test
    void one_call_links_the_incident_to_each_related_one() {
        links.link(incident.id(), List.of(new IncidentLink(other.id(), "a"), new IncidentLink(third.id(), "b")));

        assertThat(links.related(incident.id())).extracting(IncidentLink::related)
                .containsExactlyInAnyOrder(other.id(), third.id());
        assertThat(links.related(third.id())).containsExactly(new IncidentLink(incident.id(), "b"));
    }

    @Test
    void linking_a_pair_again_keeps_one_link_with_its_first_reason() {
        links.link(incident.id(), List.of(new IncidentLink(other.id(), "first reason")));
        links.link(incident.id(), List.of(new IncidentLink(other.id(), "second reason")));
        links.link(other.id(), List.of(new IncidentLink(incident.id(), "third reason")));

        assertThat(links.related(incident.id())).containsExactly(new IncidentLink(other.id(), "first reason"));
        assertThat(links.related(other.id())).containsExactly(new IncidentLink(incident.id(), "first reason"));
    }

    @Test
    void linking_to_nothing_changes_nothing() {
        links.link(incident.id(), List.of());

        assertThat(links.related(incident.id())).isEmpty();
    }

    @Test
    void an_incident_without_links_has_no_related_incidents() {
        links.link(incident.id(), List.of(new IncidentLink(other.id(), "a")));

        assertThat(links.related(third.id())).isEmpty();
    }
}
