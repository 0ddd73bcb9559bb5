package io.llmim.application.overview;

import io.llmim.application.port.in.IncidentCount;
import io.llmim.application.port.in.JobQueuesQuery;
import io.llmim.application.port.in.OverviewQuery;
import io.llmim.application.port.out.ActiveIncidentCount;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.LanguageModelStatus;
import io.llmim.domain.Severity;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The overview from the store, the job queues and the model's breaker. Each read is one bounded
 * query: active incidents by the active-state index, response times by the created-at index.
 */
public record OverviewService(IncidentRepository incidents, JobQueuesQuery queues, LanguageModelStatus model,
                              Clock clock) implements OverviewQuery {

    @Override
    public Overview overview() {
        Map<Severity, Long> active = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            active.put(severity, 0L);
        }
        for (ActiveIncidentCount count : incidents.countActive()) {
            active.merge(count.severity(), count.count(), Long::sum);
        }
        return new Overview(active, incidents.responseTimes(clock.instant().minus(RESPONSE_WINDOW)), queues.depths(),
                modelState());
    }

    @Override
    public List<IncidentCount> incidentCounts() {
        return incidents.countByStateAndSeverity();
    }

    private ModelState modelState() {
        return model.current().map(current -> new ModelState(current.provider(), current.model(),
                switch (current.breaker()) {
                    case CLOSED -> Breaker.CLOSED;
                    case OPEN -> Breaker.OPEN;
                    case HALF_OPEN -> Breaker.HALF_OPEN;
                })).orElse(ModelState.NONE);
    }
}
