package io.llmim.application.port.in;

import io.llmim.domain.Incident;

import java.util.Optional;

/**
 * Takes an Alertmanager notification: one incident per alert group, its member alerts tracked by
 * fingerprint. Firing alerts open or repeat the incident; when every member has resolved, the
 * incident resolves. Delivery is at least once: the same notification twice changes nothing but
 * the occurrence count.
 *
 * @throws io.llmim.domain.InvalidIncidentDataException for a notification that can never succeed
 */
public interface IngestAlertmanagerUseCase {

    /** The group's incident after the notification, if it has one. */
    Optional<Incident> ingest(AlertmanagerNotification notification);
}
