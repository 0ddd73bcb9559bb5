package io.llmim.application.integration;

import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.ReceiveAlertsUseCase.PostedAlert;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostedAlertsServiceTest {

    private static final Duration RESOLVE_TIMEOUT = Duration.ofMinutes(5);

    private final IncidentServices services = IncidentServices.inMemory(MetricsPort.noOp());
    private final InMemoryAlertMemberRepository members = new InMemoryAlertMemberRepository();
    private final InMemoryJobStore jobs = new InMemoryJobStore();
    private final AlertmanagerIngestService alertGroups = new AlertmanagerIngestService(services.report(),
            services.lifecycle(), services.repository(), members, AlertSeverityMapping.defaults(), jobs,
            services.clock());

    private PostedAlertsService groupedBy(String... labels) {
        return new PostedAlertsService(alertGroups, new AlertGrouping(List.of(labels)), RESOLVE_TIMEOUT, services.clock());
    }

    private Instant now() {
        return services.clock().instant();
    }

    private static PostedAlert firing(Map<String, String> labels) {
        return new PostedAlert(labels, Map.of("summary", "p99 latency above 2s"), null, null, null);
    }

    private PostedAlert resolved(Map<String, String> labels) {
        return new PostedAlert(labels, Map.of(), now().minusSeconds(120), now().minusSeconds(1), null);
    }

    private List<IncidentSnapshot> incidents() {
        return services.queries().list(IncidentFilter.all(), 100, null).items();
    }

    @Test
    void alerts_of_one_alertname_are_one_incident_with_a_member_each() {
        groupedBy("alertname").receive(List.of(
                firing(Map.of("alertname", "HighLatency", "instance", "a", "severity", "critical")),
                firing(Map.of("alertname", "HighLatency", "instance", "b", "severity", "warning"))));

        IncidentSnapshot incident = incidents().get(0);
        assertThat(incidents()).hasSize(1);
        assertThat(members.members(incident.id())).hasSize(2);
        assertThat(incident.severity()).isEqualTo(Severity.P1);
        assertThat(incident.title()).isEqualTo("p99 latency above 2s");
    }

    @Test
    void alerts_of_different_groups_are_different_incidents() {
        groupedBy("alertname").receive(List.of(firing(Map.of("alertname", "HighLatency")),
                firing(Map.of("alertname", "ErrorRate"))));

        assertThat(incidents()).hasSize(2);
    }

    @Test
    void the_groups_of_one_request_are_stored_in_one_unit_of_work() {
        List<Integer> units = new ArrayList<>();
        UnitOfWork counting = new UnitOfWork() {
            @Override
            public <T> T atomically(java.util.function.Supplier<T> work) {
                units.add(units.size());
                return work.get();
            }
        };
        AlertmanagerIngestService oneUnit = new AlertmanagerIngestService(services.report(), services.lifecycle(),
                services.repository(), members, AlertSeverityMapping.defaults(), jobs, services.clock(), counting);

        new PostedAlertsService(oneUnit, new AlertGrouping(List.of("alertname")), RESOLVE_TIMEOUT, services.clock())
                .receive(List.of(firing(Map.of("alertname", "HighLatency")), firing(Map.of("alertname", "ErrorRate")),
                        firing(Map.of("alertname", "DiskFull"))));

        assertThat(units).hasSize(1);
        assertThat(incidents()).hasSize(3);
    }

    @Test
    void all_labels_group_by_the_whole_label_set() {
        groupedBy(AlertGrouping.ALL_LABELS).receive(List.of(
                firing(Map.of("alertname", "HighLatency", "instance", "a")),
                firing(Map.of("alertname", "HighLatency", "instance", "b"))));

        assertThat(incidents()).hasSize(2);
    }

    @Test
    void a_member_is_identified_by_alertmanagers_fingerprint_of_its_labels() {
        Map<String, String> labels = Map.of("alertname", "HighLatency", "instance", "a");

        groupedBy("alertname").receive(List.of(firing(labels)));

        assertThat(members.members(incidents().get(0).id()))
                .extracting(member -> member.fingerprint()).containsExactly(LabelSetFingerprint.of(labels));
    }

    @Test
    void a_repeat_refreshes_the_incident_rather_than_opening_another() {
        PostedAlertsService api = groupedBy("alertname");
        api.receive(List.of(firing(Map.of("alertname", "HighLatency"))));
        services.clock().advance(Duration.ofMinutes(1));

        api.receive(List.of(firing(Map.of("alertname", "HighLatency"))));

        assertThat(incidents()).singleElement().extracting(IncidentSnapshot::state).isEqualTo(IncidentState.NEW);
    }

    @Test
    void an_alert_whose_end_has_passed_resolves_the_incident_when_it_was_the_last_member() {
        PostedAlertsService api = groupedBy("alertname");
        Map<String, String> a = Map.of("alertname", "HighLatency", "instance", "a");
        Map<String, String> b = Map.of("alertname", "HighLatency", "instance", "b");
        api.receive(List.of(firing(a), firing(b)));

        api.receive(List.of(resolved(a)));
        assertThat(incidents().get(0).state()).isEqualTo(IncidentState.NEW);

        api.receive(List.of(resolved(b)));
        assertThat(incidents().get(0).state()).isEqualTo(IncidentState.RESOLVED);
    }

    @Test
    void an_end_still_to_come_is_firing_as_prometheus_sends_it() {
        groupedBy("alertname").receive(List.of(new PostedAlert(Map.of("alertname", "HighLatency"), Map.of(),
                now().minusSeconds(60), now().plusSeconds(240), "http://prometheus/graph")));

        assertThat(incidents()).singleElement().extracting(IncidentSnapshot::state).isEqualTo(IncidentState.NEW);
    }

    @Test
    void an_alert_without_an_end_resolves_its_incident_a_resolve_timeout_after_its_last_repeat() {
        AlertExpiryService expiry = new AlertExpiryService(members, alertGroups, services.clock());
        PostedAlertsService api = groupedBy("alertname");
        api.receive(List.of(firing(Map.of("alertname", "HighLatency"))));
        services.clock().advance(Duration.ofMinutes(4));
        api.receive(List.of(firing(Map.of("alertname", "HighLatency"))));

        services.clock().advance(Duration.ofMinutes(4));
        expiry.expire();
        assertThat(incidents().get(0).state()).isEqualTo(IncidentState.NEW);

        services.clock().advance(Duration.ofMinutes(1));
        assertThat(expiry.expire()).isEqualTo(1);
        assertThat(incidents().get(0).state()).isEqualTo(IncidentState.RESOLVED);
    }

    @Test
    void expiry_leaves_an_incident_open_while_another_of_its_alerts_fires() {
        AlertExpiryService expiry = new AlertExpiryService(members, alertGroups, services.clock());
        PostedAlertsService api = groupedBy("alertname");
        api.receive(List.of(firing(Map.of("alertname", "HighLatency", "instance", "a"))));
        services.clock().advance(Duration.ofMinutes(3));
        api.receive(List.of(firing(Map.of("alertname", "HighLatency", "instance", "b"))));

        services.clock().advance(Duration.ofMinutes(3));
        expiry.expire();

        assertThat(incidents().get(0).state()).isEqualTo(IncidentState.NEW);
    }

    @Test
    void a_group_of_many_alerts_is_one_queued_unit_of_work() {
        List<PostedAlert> storm = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            storm.add(firing(Map.of("alertname", "HighLatency", "instance", "i" + i)));
        }

        groupedBy("alertname").receive(storm);

        assertThat(jobs.list(JobStatus.QUEUED, 10)).hasSize(1);
        assertThat(incidents()).isEmpty();
    }

    @Test
    void an_alert_without_labels_is_refused() {
        assertThatThrownBy(() -> groupedBy("alertname").receive(List.of(firing(Map.of()))))
                .isInstanceOf(InvalidIncidentDataException.class)
                .hasMessage("alerts[0].labels: at least one label pair required");
    }

    @Test
    void a_label_name_prometheus_would_not_accept_is_refused() {
        assertThatThrownBy(() -> groupedBy("alertname").receive(List.of(firing(Map.of("alert-name", "x")))))
                .isInstanceOf(InvalidIncidentDataException.class)
                .hasMessage("alerts[0].labels: invalid label name \"alert-name\"");
    }

    @Test
    void an_end_before_the_start_is_refused_and_nothing_of_the_request_is_taken() {
        PostedAlert backwards = new PostedAlert(Map.of("alertname", "Late"), Map.of(), now(), now().minusSeconds(1), null);

        assertThatThrownBy(() -> groupedBy("alertname").receive(List.of(firing(Map.of("alertname", "Fine")), backwards)))
                .isInstanceOf(InvalidIncidentDataException.class)
                .hasMessage("alerts[1].endsAt: start time must be before end time");
        assertThat(incidents()).isEmpty();
    }

    @Test
    void the_fingerprint_is_prometheus_label_set_fingerprint() {
        // The vectors of Prometheus' own signature tests (common/model/signature_test.go).
        assertThat(LabelSetFingerprint.of(Map.of())).isEqualTo(Long.toHexString(Long.parseUnsignedLong("14695981039346656037")));
        assertThat(LabelSetFingerprint.of(Map.of("name", "garland, briggs", "fear", "love is not enough")))
                .isEqualTo(Long.toHexString(Long.parseUnsignedLong("5799056148416392346")));
    }
}
