package io.llmim.application.integration;

import io.llmim.application.port.in.PagerDutyEvent;
import io.llmim.application.port.in.PagerDutyEventsUseCase;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.TransitionIncidentUseCase;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.Category;
import io.llmim.domain.Event;
import io.llmim.domain.Fingerprint;
import io.llmim.domain.IllegalTransitionException;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentState;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * PagerDuty Events v2 on incidents. Dedup keys are scoped by routing key, as PagerDuty scopes them
 * by service. PagerDuty's severities map critical P1, error P2, warning P3, info P4 by default.
 */
public record PagerDutyEventsService(Map<String, Service> services, ReportEventUseCase report,
                                     TransitionIncidentUseCase lifecycle, IncidentRepository incidents,
                                     AlertSeverityMapping severities) implements PagerDutyEventsUseCase {

    /** A configured PagerDuty service: the routing key senders use, and what its incidents are. */
    public record Service(String routingKey, String source, Category category) {
    }

    private static final String ACTOR = "pagerduty";

    public PagerDutyEventsService {
        services = Map.copyOf(services);
    }

    @Override
    public String enqueue(PagerDutyEvent event) {
        Service service = services.get(event.routingKey());
        if (service == null) {
            throw new UnknownRoutingKeyException();
        }
        String dedupKey = event.dedupKey() == null || event.dedupKey().isBlank()
                ? UUID.randomUUID().toString() : event.dedupKey();
        String scopedKey = "pagerduty:" + event.routingKey() + ":" + dedupKey;
        switch (event.action()) {
            case TRIGGER -> report.report(eventOf(event, service, scopedKey));
            case ACKNOWLEDGE -> open(scopedKey).filter(i -> i.state() == IncidentState.NEW)
                    .ifPresent(incident -> act(() -> lifecycle.acknowledge(incident.id(), ACTOR)));
            case RESOLVE -> open(scopedKey)
                    .ifPresent(incident -> act(() -> lifecycle.resolve(incident.id(), ACTOR, "resolved by the sender", null)));
        }
        return dedupKey;
    }

    private Optional<Incident> open(String scopedKey) {
        return incidents.findActiveByFingerprint(Fingerprint.ofDedupKey(scopedKey));
    }

    // An acknowledge or resolve racing another is dropped like one for an incident that is not open.
    private static void act(Runnable move) {
        try {
            move.run();
        } catch (IllegalTransitionException raced) {
            // nothing left to do
        }
    }

    private Event eventOf(PagerDutyEvent e, Service service, String scopedKey) {
        Map<String, String> labels = new TreeMap<>();
        putIfPresent(labels, "pd_source", e.source());
        putIfPresent(labels, "component", e.component());
        putIfPresent(labels, "group", e.group());
        putIfPresent(labels, "class", e.eventClass());
        return new Event(service.source(), truncate(e.summary(), Event.MAX_TITLE_LENGTH),
                e.customDetails() == null ? null : truncate(e.customDetails(), Event.MAX_DESCRIPTION_LENGTH),
                severities.map(e.severity()), service.category(), truncate(scopedKey, Event.MAX_DEDUP_KEY_LENGTH), labels,
                e.timestamp());
    }

    private static void putIfPresent(Map<String, String> labels, String key, String value) {
        if (value != null && !value.isBlank()) {
            labels.put(key, truncate(value, Event.MAX_LABEL_VALUE_LENGTH));
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
