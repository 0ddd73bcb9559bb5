package io.llmim.application.port.in;

import io.llmim.domain.Severity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Figures about the whole service, read from the service itself (never from its metrics): what the
 * console's overview shows, and the counts above its incidents list.
 */
public interface OverviewQuery {

    /** How far back the overview's response times look: incidents created within it count. */
    Duration RESPONSE_WINDOW = Duration.ofHours(24);

    /** The overview as of now. */
    Overview overview();

    /** Every incident counted per (state, severity); groups with none are left out. */
    List<IncidentCount> incidentCounts();

    /**
     * The active incidents per severity (every severity, zero included), the response times of the
     * incidents created within {@link #RESPONSE_WINDOW}, each job queue's depth and lag, and the
     * language model's breaker.
     */
    record Overview(Map<Severity, Long> activeBySeverity, ResponseTimes lastDay, List<JobQueuesQuery.QueueDepth> queues,
                    ModelState model) {

        public Overview {
            activeBySeverity = Map.copyOf(activeBySeverity);
            queues = List.copyOf(queues);
        }
    }

    /** The configured model ({@code provider} and {@code model} null when there is none) and its breaker. */
    record ModelState(String provider, String model, Breaker breaker) {

        public static final ModelState NONE = new ModelState(null, null, Breaker.NO_MODEL);
    }

    /** Where the model's circuit breaker stands, in words. */
    enum Breaker {
        /** Provider none: the rules answer, there is no breaker. */
        NO_MODEL("no model configured"),
        /** Calls go through. */
        CLOSED("closed"),
        /** Calls are refused after consecutive failures, until a trial is let through. */
        OPEN("open"),
        /** One trial call is let through to see whether the model is back. */
        HALF_OPEN("half-open");

        private final String label;

        Breaker(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
