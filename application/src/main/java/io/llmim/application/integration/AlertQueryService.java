package io.llmim.application.integration;

import io.llmim.application.port.in.QueryAlertsUseCase;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.AlertMemberRepository.AlertMember;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The firing alert members as Alertmanager lists its alerts: one whose end has passed is left out
 * even before the expiry has marked it resolved, as Alertmanager leaves out resolved alerts.
 */
public final class AlertQueryService implements QueryAlertsUseCase {

    /** Where alerts go when no webhook is configured: the service itself, which records them as incidents. */
    public static final String OWN_RECEIVER = "incident-manager";

    private final AlertMemberRepository members;
    private final AlertGrouping grouping;
    private final List<String> receivers;
    private final Clock clock;

    /** @param webhooks the names of the configured notification webhooks */
    public AlertQueryService(AlertMemberRepository members, AlertGrouping grouping, List<String> webhooks, Clock clock) {
        this.members = members;
        this.grouping = grouping;
        this.receivers = webhooks.isEmpty() ? List.of(OWN_RECEIVER) : List.copyOf(webhooks);
        this.clock = clock;
    }

    @Override
    public List<FiringAlert> alerts(AlertQuery query) {
        if (!query.active() || !query.receiver().map(r -> receivers.stream().anyMatch(r.asMatchPredicate())).orElse(true)) {
            return List.of();
        }
        Instant now = clock.instant();
        return members.firingMembers(MAX_ALERTS).stream()
                .filter(member -> member.endsAt() == null || member.endsAt().isAfter(now))
                .filter(member -> query.filter().stream().allMatch(matcher -> matcher.matches(member.labels())))
                .map(this::alert)
                .toList();
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

    private FiringAlert alert(AlertMember member) {
        return new FiringAlert(member.fingerprint(), member.labels(), member.annotations(), member.startsAt(),
                member.endsAt(), member.updatedAt(), member.generatorUrl(), receivers, AlertState.ACTIVE);
    }
}
