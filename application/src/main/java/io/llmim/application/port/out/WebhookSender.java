package io.llmim.application.port.out;

import io.llmim.application.port.in.JobFailedException;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;

/**
 * Delivers an incident event to a webhook, with {@code idempotencyKey} in the {@code Idempotency-Key}
 * header: the same for every attempt to deliver one event, so a receiver can drop a repeat. Fails with {@link JobFailedException}: a 5xx or a
 * network failure is a {@code dependency_error} (retried), any other refusal a {@code validation_error}.
 */
public interface WebhookSender {

    /** A configured target: {@code format} is {@code generic} (the incident as JSON) or {@code slack}. */
    record Webhook(String name, String url, String format, Severity minSeverity) {
    }

    void send(Webhook webhook, Incident incident, String event, String idempotencyKey);
}
