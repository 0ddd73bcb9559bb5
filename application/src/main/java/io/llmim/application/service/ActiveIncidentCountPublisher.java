package io.llmim.application.service;

import io.llmim.application.port.out.ActiveIncidentCount;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.MetricsPort;

/**
 * Tells the metrics what the store holds at start-up: without it, the active-incidents gauge
 * would start at zero after every restart and go negative as old incidents are resolved.
 */
public final class ActiveIncidentCountPublisher {

    private final IncidentRepository incidents;
    private final MetricsPort metrics;

    public ActiveIncidentCountPublisher(IncidentRepository incidents, MetricsPort metrics) {
        this.incidents = incidents;
        this.metrics = metrics;
    }

    public void publish() {
        for (ActiveIncidentCount count : incidents.countActive()) {
            metrics.activeIncidentsCounted(count.severity(), count.source(), count.category(), count.count());
        }
    }
}
