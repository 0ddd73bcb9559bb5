package io.llmim.application.job;

import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.application.testing.MutableClock;
import io.llmim.domain.MetricsPort;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.application.port.out.TextEmbedder;
import io.llmim.application.testing.EventBuilder;
import io.llmim.application.testing.InMemoryCorrelationGroups;
import io.llmim.application.testing.InMemoryIncidentChangeLog;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.domain.Category;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

class CorrelationJobTest {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    private static final TextEmbedder NO_EMBEDDINGS = text -> LlmOutcome.failed(LlmErrorType.BAD_REQUEST, "none");

    private final InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
    private final InMemoryCorrelationGroups groups = new InMemoryCorrelationGroups();

    private CorrelationJob correlationWith(TextEmbedder embedder) {
        return new CorrelationJob(incidents, groups, new IncidentChanges(incidents, UnitOfWork.none(),
                new IncidentClock(MutableClock.at("2026-06-01T09:00:00Z")), MetricsPort.noOp(), new InMemoryIncidentChangeLog()), Duration.ofMinutes(10), embedder);
    }

    private Incident stored(EventBuilder event, Instant at) {
        Incident incident = anIncident().from(event).openedAt(at).build();
        incidents.add(incident);
        return incident;
    }

    private void correlate(CorrelationJob job, Incident incident) {
        job.handle(JobFixtures.claimed(JobType.CORRELATION, incident.id(), Map.of()));
    }

    private List<IncidentLink> related(Incident incident) {
        return groups.related(incident.id(), 100, null).items();
    }

    @Test
    void the_same_source_and_category_within_the_window_is_related() {
        Incident earlier = stored(anEvent().withSource("gw").withCategory(Category.PERFORMANCE).withTitle("a"), T0);
        Incident later = stored(anEvent().withSource("gw").withCategory(Category.PERFORMANCE).withTitle("b"),
                T0.plusSeconds(60));

        correlate(correlationWith(NO_EMBEDDINGS), later);

        assertThat(related(later)).extracting(IncidentLink::related).containsExactly(earlier.id());
    }

    @Test
    void the_same_service_label_is_related_across_sources() {
        Incident earlier = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("a"), T0);
        Incident later = stored(anEvent().withSource("shield").withCategory(Category.SECURITY)
                .withLabel("service", "chat").withTitle("b"), T0.plusSeconds(60));

        correlate(correlationWith(NO_EMBEDDINGS), later);

        assertThat(related(later)).singleElement()
                .satisfies(link -> assertThat(link.reason()).isEqualTo("same service chat"));
    }

    @Test
    void an_incident_outside_the_window_is_not_related() {
        stored(anEvent().withSource("gw").withCategory(Category.PERFORMANCE).withTitle("a"), T0);
        Incident later = stored(anEvent().withSource("gw").withCategory(Category.PERFORMANCE).withTitle("b"),
                T0.plus(Duration.ofMinutes(11)));

        correlate(correlationWith(NO_EMBEDDINGS), later);

        assertThat(related(later)).isEmpty();
    }

    @Test
    void similar_text_is_related_when_the_model_embeds() {
        TextEmbedder byTopic = text -> LlmOutcome.answered(text.contains("GPU") ? new float[] {1f, 0f} : new float[] {0f, 1f});
        Incident earlier = stored(anEvent().withSource("a").withCategory(Category.PERFORMANCE).withTitle("GPU memory"), T0);
        stored(anEvent().withSource("b").withCategory(Category.SECURITY).withTitle("prompt injection"), T0);
        Incident later = stored(anEvent().withSource("c").withCategory(Category.AVAILABILITY).withTitle("GPU hang"),
                T0.plusSeconds(60));

        correlate(correlationWith(byTopic), later);

        assertThat(related(later)).extracting(IncidentLink::related).containsExactly(earlier.id());
    }

    @Test
    void a_storm_of_one_service_forms_one_group_of_one_membership_per_incident() {
        List<Incident> storm = IntStream.range(0, 30).mapToObj(i -> stored(anEvent().withSource("gw-" + i)
                .withLabel("service", "chat").withTitle("storm " + i), T0.plusSeconds(i))).toList();

        storm.forEach(incident -> correlate(correlationWith(NO_EMBEDDINGS), incident));

        Map<IncidentId, IncidentId> groupOfEach = groups.groupsOf(storm.stream().map(Incident::id).toList());
        assertThat(groupOfEach).hasSize(30);
        assertThat(Set.copyOf(groupOfEach.values())).hasSize(1);
        assertThat(groups.related(storm.get(29).id(), 20, null).total()).isEqualTo(29);
    }

    @Test
    void an_incident_joins_the_group_a_match_already_belongs_to() {
        Incident first = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("a"), T0);
        Incident second = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("b"),
                T0.plusSeconds(1));
        Incident ungrouped = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("c"),
                T0.plusSeconds(2));
        correlate(correlationWith(NO_EMBEDDINGS), second);
        Incident later = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("d"),
                T0.plusSeconds(3));

        correlate(correlationWith(NO_EMBEDDINGS), later);

        assertThat(groups.groupsOf(List.of(later.id(), ungrouped.id()))).containsOnlyKeys(later.id())
                .containsEntry(later.id(), first.id());
    }

    @Test
    void a_storm_whose_correlation_lags_behind_its_reports_still_forms_one_group() {
        int lag = 150;
        List<Incident> storm = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            storm.add(stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("storm " + i),
                    T0.plusMillis(i)));
            if (i >= lag) {
                correlate(correlationWith(NO_EMBEDDINGS), storm.get(i - lag));
            }
        }

        Map<IncidentId, IncidentId> groupOfEach = groups.groupsOf(storm.stream().map(Incident::id).toList());
        assertThat(Set.copyOf(groupOfEach.values())).hasSize(1);
    }

    @Test
    void an_incident_joins_the_group_of_a_match_older_than_the_newest_page_of_candidates() {
        Incident founder = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("founder"), T0);
        Incident grouped = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("grouped"),
                T0.plusSeconds(1));
        correlate(correlationWith(NO_EMBEDDINGS), grouped);
        // Newer matches, none in a group yet: more than one page of candidates.
        IntStream.range(0, 25).forEach(i -> stored(anEvent().withSource("gw").withLabel("service", "chat")
                .withTitle("ungrouped " + i), T0.plusSeconds(2 + i)));
        Incident later = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("later"),
                T0.plusSeconds(30));

        correlate(correlationWith(NO_EMBEDDINGS), later);

        assertThat(groups.groupsOf(List.of(later.id()))).containsEntry(later.id(), founder.id());
    }

    @Test
    void an_incident_founds_a_group_with_its_oldest_match_when_none_is_grouped_over_several_pages() {
        Incident oldest = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("oldest"), T0);
        IntStream.range(0, 25).forEach(i -> stored(anEvent().withSource("gw").withLabel("service", "chat")
                .withTitle("newer " + i), T0.plusSeconds(1 + i)));
        Incident later = stored(anEvent().withSource("gw").withLabel("service", "chat").withTitle("later"),
                T0.plusSeconds(30));

        correlate(correlationWith(NO_EMBEDDINGS), later);

        assertThat(groups.groupsOf(List.of(later.id(), oldest.id())))
                .containsEntry(later.id(), oldest.id()).containsEntry(oldest.id(), oldest.id());
    }
}
