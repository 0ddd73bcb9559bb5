package io.llmim.application.integration;

import io.llmim.application.port.in.QueryAlertsUseCase.AlertGroup;
import io.llmim.application.port.in.QueryAlertsUseCase.AlertQuery;
import io.llmim.application.port.in.QueryAlertsUseCase.FiringAlert;
import io.llmim.application.port.out.AlertMemberRepository.AlertMember;
import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.domain.IncidentId;
import io.llmim.domain.LabelMatcher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AlertQueryServiceTest {

    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    private static final AlertQuery EVERYTHING = new AlertQuery(List.of(), true, true, true, true, Optional.empty());

    private final InMemoryAlertMemberRepository members = new InMemoryAlertMemberRepository();
    private final MutableClock clock = new MutableClock(NOW);

    private void firing(String fingerprint, Map<String, String> labels, Instant endsAt) {
        members.upsert(IncidentId.of(UUID.randomUUID()), new AlertMember(fingerprint, true, NOW.minusSeconds(60),
                endsAt, labels, Map.of(), null, NOW));
    }

    private AlertQueryService service(List<String> webhooks) {
        return new AlertQueryService(members, new AlertGrouping(List.of("alertname")), webhooks, clock);
    }

    @Test
    void without_webhooks_alerts_go_to_the_service_itself() {
        firing("a1", Map.of("alertname", "HighLatency"), NOW.plusSeconds(60));

        assertThat(service(List.of()).receivers()).containsExactly(AlertQueryService.OWN_RECEIVER);
        assertThat(service(List.of()).alerts(EVERYTHING)).singleElement()
                .extracting(FiringAlert::receivers).isEqualTo(List.of(AlertQueryService.OWN_RECEIVER));
    }

    @Test
    void an_alert_whose_end_passed_is_left_out_before_the_expiry_marks_it() {
        firing("a1", Map.of("alertname", "HighLatency"), NOW.minusSeconds(1));

        assertThat(service(List.of()).alerts(EVERYTHING)).isEmpty();
    }

    @Test
    void every_filter_matcher_must_match() {
        firing("a1", Map.of("alertname", "HighLatency", "env", "prod"), NOW.plusSeconds(60));
        firing("a2", Map.of("alertname", "HighLatency", "env", "staging"), NOW.plusSeconds(60));

        AlertQuery prodLatency = new AlertQuery(List.of(LabelMatcher.parse("alertname=HighLatency"),
                LabelMatcher.parse("env=~prod|live")), true, true, true, true, Optional.empty());

        assertThat(service(List.of()).alerts(prodLatency)).extracting(FiringAlert::fingerprint).containsExactly("a1");
    }

    @Test
    void a_group_is_listed_once_per_receiver() {
        firing("a1", Map.of("alertname", "HighLatency", "instance", "x"), NOW.plusSeconds(60));
        firing("a2", Map.of("alertname", "HighLatency", "instance", "y"), NOW.plusSeconds(60));

        List<AlertGroup> groups = service(List.of("on-call", "slack")).groups(EVERYTHING);

        assertThat(groups).extracting(AlertGroup::receiver).containsExactly("on-call", "slack");
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.labels()).isEqualTo(Map.of("alertname", "HighLatency"));
            assertThat(group.alerts()).hasSize(2);
        });
    }
}
