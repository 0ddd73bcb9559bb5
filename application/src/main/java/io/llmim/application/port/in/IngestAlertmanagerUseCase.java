package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;

import java.util.List;
import java.util.Optional;

/**
 * Takes an Alertmanager notification: one incident per alert group, its member alerts tracked by
 * fingerprint. Firing alerts open or repeat the incident; when every member has resolved, the
 * incident resolves. Delivery is at least once: the same notification twice changes nothing but
 * the occurrence count. A notification of many alerts is queued durably and taken off the
 * caller's path, so a large group never holds up its sender.
 *
 * @throws io.llmim.domain.InvalidIncidentDataException for a notification that can never succeed
 */
public interface IngestAlertmanagerUseCase {

    /** Notifications with more alerts than this are queued rather than taken at once. */
    int INLINE_ALERTS = 20;

    Outcome ingest(AlertmanagerNotification notification);

    /**
     * Takes several notifications (the groups of one posted batch) as one unit of work where the
     * store has them: all are durable when this returns, or none is and it throws.
     */
    default List<Outcome> ingestAll(List<AlertmanagerNotification> notifications) {
        return notifications.stream().map(this::ingest).toList();
    }

    /** What became of a notification. */
    sealed interface Outcome {

        /** Taken at once: the group's incident after it, if the group has one. */
        record Ingested(Optional<IncidentSnapshot> incident) implements Outcome {
        }

        /** Stored as an alert-batch job; a worker takes it shortly. */
        record Queued() implements Outcome {
        }
    }
}
