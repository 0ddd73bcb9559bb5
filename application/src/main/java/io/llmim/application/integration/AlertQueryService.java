package io.llmim.application.integration;

import io.llmim.application.port.in.IncidentHoldsQuery;
import io.llmim.application.port.in.QueryAlertsUseCase;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.AlertMemberRepository.AlertMember;
import io.llmim.application.port.out.AlertMemberRepository.FiringMember;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.suppression.Hold;
import io.llmim.application.suppression.CurrentHolds;
import io.llmim.application.suppression.Holds;
import io.llmim.application.suppression.MatchableLabels;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The firing alert members as Alertmanager lists its alerts: one whose end has passed is left out
 * even before the expiry has marked it resolved, as Alertmanager leaves out resolved alerts. An
 * alert is suppressed by what {@link Holds} says of its incident, matched on the alert's own labels
 * (as Alertmanager matches silences on alerts) with the incident's {@code source}, {@code severity}
 * and {@code category} over them, as for the incident itself.
 */
public final class AlertQueryService implements QueryAlertsUseCase {

    /** Where alerts go when no webhook is configured: the service itself, which records them as incidents. */
    public static final String OWN_RECEIVER = "incident-manager";

    private final AlertMemberRepository members;
    private final AlertGrouping grouping;
    private final List<String> receivers;
    private final Clock clock;
    private final IncidentRepository incidents;
    private final Holds holds;

    /** Alerts nothing mutes. @param webhooks the names of the configured notification webhooks */
    public AlertQueryService(AlertMemberRepository members, AlertGrouping grouping, List<String> webhooks, Clock clock) {
        this(members, grouping, webhooks, clock, null, Holds.none());
    }

    /** @param holds what mutes alerts, asked of each alert's incident (read from {@code incidents}) */
    public AlertQueryService(AlertMemberRepository members, AlertGrouping grouping, List<String> webhooks, Clock clock,
                             IncidentRepository incidents, Holds holds) {
        this.members = members;
        this.grouping = grouping;
        this.receivers = webhooks.isEmpty() ? List.of(OWN_RECEIVER) : List.copyOf(webhooks);
        this.clock = clock;
        this.incidents = incidents;
        this.holds = holds;
    }

    @Override
    public List<FiringAlert> alerts(AlertQuery query) {
        if (!query.receiver().map(r -> receivers.stream().anyMatch(r.asMatchPredicate())).orElse(true)) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<IncidentId, Optional<Incident>> read = new HashMap<>();
        return members.firing(MAX_ALERTS).stream()
                .filter(firing -> firing.member().endsAt() == null || firing.member().endsAt().isAfter(now))
                .filter(firing -> query.filter().stream().allMatch(matcher -> matcher.matches(firing.member().labels())))
                .map(firing -> alert(firing, read, now))
                .filter(alert -> wanted(alert, query))
                .toList();
    }

    // Alertmanager's flags: each leaves out the alerts in its state when false.
    private static boolean wanted(FiringAlert alert, AlertQuery query) {
        return (query.active() || alert.state() != AlertState.ACTIVE)
                && (query.silenced() || alert.silencedBy().isEmpty())
                && (query.inhibited() || alert.inhibitedBy().isEmpty());
    }

    @Override
    public List<AlertGroup> groups(AlertQuery query) {
        Map<Map<String, String>, List<FiringAlert>> byLabels = new LinkedHashMap<>();
        alerts(query).forEach(alert -> byLabels.computeIfAbsent(grouping.groupLabels(alert.labels()),
                labels -> new ArrayList<>()).add(alert));
        List<AlertGroup> groups = new ArrayList<>();
        byLabels.forEach((labels, alerts) -> receivers.forEach(receiver -> groups.add(new AlertGroup(labels, receiver, alerts))));
        return groups;
    }

    @Override
    public List<String> receivers() {
        return receivers;
    }

    private FiringAlert alert(FiringMember firing, Map<IncidentId, Optional<Incident>> read, Instant now) {
        AlertMember member = firing.member();
        List<Hold> held = holds.holdsNothing() ? List.of() : read.computeIfAbsent(firing.incident(), incidents::findById)
                .map(incident -> holds.on(incident, matchable(member, incident), now)).orElse(List.of());
        IncidentHoldsQuery.MutedBy muted = CurrentHolds.mutedBy(held);
        return new FiringAlert(member.fingerprint(), member.labels(), member.annotations(), member.startsAt(),
                member.endsAt(), member.updatedAt(), member.generatorUrl(), receivers, muted.silencedBy(),
                muted.inhibitedBy());
    }

    private static Map<String, String> matchable(AlertMember member, Incident incident) {
        Map<String, String> labels = new HashMap<>(member.labels());
        Map<String, String> own = MatchableLabels.of(incident);
        MatchableLabels.OWN.forEach(name -> labels.put(name, own.get(name)));
        return labels;
    }
}
