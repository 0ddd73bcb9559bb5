package io.llmim.application.port.in;

import java.time.Instant;
import java.util.Map;

/** A PagerDuty Events API v2 event, already checked for shape by the HTTP adapter. */
public record PagerDutyEvent(String routingKey, Action action, String dedupKey, String summary, String source,
                             String severity, Instant timestamp, String component, String group, String eventClass,
                             String customDetails) {

    public enum Action { TRIGGER, ACKNOWLEDGE, RESOLVE }
}
