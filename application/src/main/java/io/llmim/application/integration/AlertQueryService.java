package io.llmim.application.integration;

import io.llmim.application.port.in.QueryAlertsUseCase;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.AlertMemberRepository.AlertMember;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The firing alert members as Alertmanager lists its alerts: one whose end has passed is left out
 * even before the expiry has marked it resolved, as Alertmanager leaves out resolved alerts.
 */
public final class AlertQueryService implements QueryAlertsUseCase {

    private final AlertMemberRepository members;
    private final List<String> receivers;
    private final Clock clock;

    /** @param receivers the names of the configured notification webhooks */
    public AlertQueryService(AlertMemberRepository members, List<String> receivers, Clock clock) {
        this.members = members;
        this.receivers = List.copyOf(receivers);
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
    public List<String> receivers() {
        return receivers;
    }

    private FiringAlert alert(AlertMember member) {
        return new FiringAlert(member.fingerprint(), member.labels(), member.annotations(), member.startsAt(),
                member.endsAt(), member.updatedAt(), member.generatorUrl(), receivers, AlertState.ACTIVE);
    }
}
