package io.llmim.application.incident;

import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.out.ActiveIncidentCount;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.RecordingMetricsPort;
import io.llmim.application.testing.RecordingMetricsPort.ActiveKey;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IllegalTransitionException;
import io.llmim.domain.IncidentId;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of reports and lifecycle actions, with the invariants checked after every step.
 * Illegal moves are part of the input: they must be refused without breaking any invariant.
 */
class IncidentLifecyclePropertiesTest {

    private static final List<String> TITLES = List.of("gateway 5xx", "latency above SLO", "token budget spent");
    private static final List<String> SOURCES = List.of("llm-sentinel", "llm-shield");

    /** One step: a report of one of a few events, or an action on the n-th incident seen so far. */
    record Step(String kind, int pick, Severity severity, long secondsLater) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of("report", "report", "acknowledge", "start", "resolve", "close", "reopen"),
                Arbitraries.integers().between(0, 50),
                Arbitraries.of(Severity.class),
                Arbitraries.longs().between(0, 7200)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 200)
    void invariants_hold_after_every_step(@ForAll("steps") List<Step> steps) {
        RecordingMetricsPort metrics = new RecordingMetricsPort();
        IncidentServices services = IncidentServices.inMemory(metrics);
        List<IncidentId> seen = new ArrayList<>();

        for (Step step : steps) {
            services.clock().advance(Duration.ofSeconds(step.secondsLater()));
            apply(services, seen, step);
            assertInvariants(services, metrics);
        }
    }

    private static void apply(IncidentServices services, List<IncidentId> seen, Step step) {
        if (step.kind().equals("report")) {
            IncidentSnapshot incident = services.report().report(anEvent()
                    .withTitle(TITLES.get(step.pick() % TITLES.size()))
                    .withSource(SOURCES.get(step.pick() % SOURCES.size()))
                    .withSeverity(step.severity()).build()).incident();
            if (!seen.contains(incident.id())) {
                seen.add(incident.id());
            }
            return;
        }
        if (seen.isEmpty()) {
            return;
        }
        IncidentId id = seen.get(step.pick() % seen.size());
        try {
            switch (step.kind()) {
                case "acknowledge" -> services.lifecycle().acknowledge(id, "prop");
                case "start" -> services.lifecycle().start(id, "prop");
                case "resolve" -> services.lifecycle().resolve(id, "prop", null, null);
                case "close" -> services.lifecycle().close(id, "prop");
                case "reopen" -> services.lifecycle().reopen(id, "prop");
                default -> throw new IllegalArgumentException(step.kind());
            }
        } catch (IllegalTransitionException | ConcurrentUpdateException refused) {
            // Refusals are expected input; the invariants below must still hold.
        }
    }

    private static void assertInvariants(IncidentServices services, RecordingMetricsPort metrics) {
        List<IncidentSnapshot> all = services.queries().list(IncidentFilter.all(), 100, null).items();

        for (IncidentSnapshot incident : all) {
            assertTimestampsNeverGoBackwards(incident, services.queries().timeline(incident.id()));
        }

        Map<Object, Long> activePerFingerprint = all.stream().filter(i -> i.state().isActive())
                .collect(Collectors.groupingBy(IncidentSnapshot::fingerprint, Collectors.counting()));
        assertThat(activePerFingerprint.values()).allMatch(count -> count == 1);

        Map<ActiveKey, Long> stored = new HashMap<>();
        for (ActiveIncidentCount count : services.repository().countActive()) {
            stored.put(new ActiveKey(count.severity(), count.source(), count.category()), count.count());
        }
        assertThat(metrics.activeCounts()).isEqualTo(stored);
    }

    private static void assertTimestampsNeverGoBackwards(IncidentSnapshot incident, List<TimelineEntry> timeline) {
        Instant created = incident.createdAt();
        for (Instant later : new Instant[] {incident.acknowledgedAt(), incident.resolvedAt(), incident.closedAt(),
                incident.lastSeenAt(), incident.updatedAt()}) {
            if (later != null) {
                assertThat(later).isAfterOrEqualTo(created).isBeforeOrEqualTo(incident.updatedAt());
            }
        }
        for (int i = 1; i < timeline.size(); i++) {
            assertThat(timeline.get(i).at()).isAfterOrEqualTo(timeline.get(i - 1).at());
        }
    }
}
