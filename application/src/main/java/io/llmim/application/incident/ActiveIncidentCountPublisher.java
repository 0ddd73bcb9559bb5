package io.llmim.application.incident;

import io.llmim.application.port.out.ActiveIncidentCount;
import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.application.port.out.IncidentRepository;

/**
 * Tells the {@link ActiveIncidentGauge} what the store holds at start-up: without it, the active-incidents gauge
 * would start at zero after every restart and go negative as old incidents are resolved.
 */
public record ActiveIncidentCountPublisher(IncidentRepository incidents, ActiveIncidentGauge gauge) {

    public void publish() {
        for (ActiveIncidentCount count : incidents.countActive()) {
            gauge.activeIncidentsCounted(count.severity(), count.source(), count.category(), count.count());
        }
    }
}
