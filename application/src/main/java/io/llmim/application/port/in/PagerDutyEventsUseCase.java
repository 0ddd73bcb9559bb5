package io.llmim.application.port.in;

/**
 * Takes PagerDuty Events v2: {@code trigger} opens or updates the incident of its dedup key
 * (generating one when absent), {@code acknowledge} and {@code resolve} act on the open incident
 * of that key and are dropped when there is none. The routing key selects a configured service.
 */
public interface PagerDutyEventsUseCase {

    /** The dedup key the event was processed under. @throws UnknownRoutingKeyException */
    String enqueue(PagerDutyEvent event);

    /** No configured service has this routing key. */
    final class UnknownRoutingKeyException extends RuntimeException {
        public UnknownRoutingKeyException() {
            super("unknown routing_key", null, false, false);
        }
    }
}
