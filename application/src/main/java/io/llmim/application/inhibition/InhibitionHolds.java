package io.llmim.application.inhibition;

import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.in.ListIncidentsQuery;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.suppression.Hold;
import io.llmim.application.suppression.HoldReason;
import io.llmim.application.suppression.HoldSource;
import io.llmim.application.suppression.MatchableLabels;
import io.llmim.application.suppression.RefreshedReading;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentState;
import io.llmim.domain.IncidentSnapshot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds an incident that an active incident inhibits by one of the inhibition rules, with
 * Alertmanager's semantics; the hold names the inhibiting incidents. An incident never inhibits
 * itself, and when the incident matches a rule's source too, the sources that also match that
 * rule's target do not inhibit it (two incidents matching both sides do not mute each other).
 *
 * <p>The active incidents are read only when a rule's target matches, at most once per
 * {@code refresh}, and at most {@code maxSources} of them (NEW ones first, then ACKNOWLEDGED, then
 * IN_PROGRESS, newest first within each): an alert storm cannot make every hold decision read the
 * whole store. A source beyond the bound inhibits nothing until fewer incidents are active.
 */
public final class InhibitionHolds implements HoldSource {

    private final List<InhibitRule> rules;
    private final RefreshedReading<List<Source>> sources;

    /** An active incident that may inhibit others, with its labels as matchers see them. */
    private record Source(String id, Map<String, String> labels) {
    }

    public InhibitionHolds(List<InhibitRule> rules, IncidentRepository incidents, Clock clock, Duration refresh,
                           int maxSources) {
        this.rules = List.copyOf(rules);
        this.sources = new RefreshedReading<>(() -> activeIncidents(incidents, maxSources), clock, refresh);
    }

    @Override
    public Optional<Hold> holdOn(Incident incident, Map<String, String> matchable, Instant at) {
        List<InhibitRule> targeting = rules.stream().filter(rule -> rule.matchesTarget(matchable)).toList();
        if (targeting.isEmpty()) {
            return Optional.empty();
        }
        String self = incident.id().value();
        List<String> inhibiting = sources.get().stream()
                .filter(source -> !source.id().equals(self))
                .filter(source -> targeting.stream().anyMatch(rule -> inhibits(rule, source, matchable)))
                .map(Source::id)
                .sorted()
                .toList();
        return inhibiting.isEmpty() ? Optional.empty() : Optional.of(new Hold(HoldReason.INHIBITED, inhibiting));
    }

    private static boolean inhibits(InhibitRule rule, Source source, Map<String, String> target) {
        boolean targetIsTwoSided = rule.matchesSource(target);
        return rule.matchesSource(source.labels()) && rule.agree(source.labels(), target)
                && !(targetIsTwoSided && rule.matchesTarget(source.labels()));
    }

    private static List<Source> activeIncidents(IncidentRepository incidents, int maxSources) {
        List<Source> active = new ArrayList<>();
        for (IncidentState state : Arrays.stream(IncidentState.values()).filter(IncidentState::isActive).toList()) {
            PageCursor cursor = null;
            while (active.size() < maxSources) {
                int limit = Math.min(ListIncidentsQuery.MAX_PAGE_SIZE, maxSources - active.size());
                IncidentPage page = incidents.list(new IncidentFilter(state, null, null, null), limit, cursor);
                page.items().stream().map(InhibitionHolds::source).forEach(active::add);
                cursor = page.nextCursor();
                if (cursor == null) {
                    break;
                }
            }
        }
        return List.copyOf(active);
    }

    private static Source source(IncidentSnapshot incident) {
        return new Source(incident.id().value(), MatchableLabels.of(Incident.restore(incident)));
    }
}
