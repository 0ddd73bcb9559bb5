package io.llmim.application.port.in;

import io.llmim.domain.IncidentId;

/** Another incident correlation found related to this one, and why. */
public record IncidentLink(IncidentId related, String reason) {
}
