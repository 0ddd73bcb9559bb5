package io.llmim.application.integration;

import io.llmim.application.testing.IncidentServices;
import io.llmim.application.port.in.PagerDutyEvent;
import io.llmim.application.port.in.PagerDutyEvent.Action;
import io.llmim.application.port.in.PagerDutyEventsUseCase;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.Category;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentState;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagerDutyEventsServiceTest {

    private static final String KEY = "R0UT1NGKEY";

    private final IncidentServices services = IncidentServices.inMemory(MetricsPort.noOp());
    private final PagerDutyEventsService pagerDuty = new PagerDutyEventsService(
            Map.of(KEY, new PagerDutyEventsService.Service(KEY, "llm-edge-agent", Category.AVAILABILITY)),
            services.report(), services.lifecycle(), services.repository(), AlertSeverityMapping.defaults());

    private static PagerDutyEvent trigger(String dedupKey) {
        return new PagerDutyEvent(KEY, Action.TRIGGER, dedupKey, "gateway 5xx above 10%", "gw-eu-1", "critical", null,
                "gateway", "edge", "http", "{\"rate\": 0.12}");
    }

    private static PagerDutyEvent act(Action action, String dedupKey) {
        return new PagerDutyEvent(KEY, action, dedupKey, null, null, null, null, null, null, null, null);
    }

    private List<IncidentSnapshot> incidents() {
        return services.queries().list(IncidentFilter.all(), 100, null).items();
    }

    @Test
    void a_trigger_opens_an_incident_of_the_configured_service() {
        String dedupKey = pagerDuty.enqueue(trigger("gw-5xx"));

        assertThat(dedupKey).isEqualTo("gw-5xx");
        assertThat(incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.source()).isEqualTo("llm-edge-agent");
            assertThat(incident.category()).isEqualTo(Category.AVAILABILITY);
            assertThat(incident.severity()).isEqualTo(Severity.P1);
            assertThat(incident.labels()).containsEntry("pd_source", "gw-eu-1").containsEntry("component", "gateway");
        });
    }

    @Test
    void a_trigger_without_a_dedup_key_gets_one() {
        String first = pagerDuty.enqueue(trigger(null));
        String second = pagerDuty.enqueue(trigger(null));

        assertThat(first).isNotBlank().isNotEqualTo(second);
        assertThat(incidents()).hasSize(2);
    }

    @Test
    void the_same_dedup_key_updates_the_open_incident() {
        pagerDuty.enqueue(trigger("gw-5xx"));
        pagerDuty.enqueue(trigger("gw-5xx"));

        assertThat(incidents()).singleElement().satisfies(i -> assertThat(i.occurrenceCount()).isEqualTo(2));
    }

    @Test
    void acknowledge_and_resolve_act_on_the_open_incident() {
        pagerDuty.enqueue(trigger("gw-5xx"));

        pagerDuty.enqueue(act(Action.ACKNOWLEDGE, "gw-5xx"));
        assertThat(incidents().get(0).state()).isEqualTo(IncidentState.ACKNOWLEDGED);
        pagerDuty.enqueue(act(Action.RESOLVE, "gw-5xx"));
        assertThat(incidents().get(0).state()).isEqualTo(IncidentState.RESOLVED);
    }

    @Test
    void acknowledge_and_resolve_without_an_open_incident_are_dropped() {
        assertThat(pagerDuty.enqueue(act(Action.ACKNOWLEDGE, "nothing"))).isEqualTo("nothing");
        assertThat(pagerDuty.enqueue(act(Action.RESOLVE, "nothing"))).isEqualTo("nothing");
        assertThat(incidents()).isEmpty();
    }

    @Test
    void an_unknown_routing_key_is_refused() {
        PagerDutyEvent stranger = new PagerDutyEvent("nope", Action.TRIGGER, null, "x", "y", "info", null, null, null,
                null, null);

        assertThatThrownBy(() -> pagerDuty.enqueue(stranger))
                .isInstanceOf(PagerDutyEventsUseCase.UnknownRoutingKeyException.class);
    }
}
