package io.llmim.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What an {@link Incident} changed that others still have to take: timeline entries a repository
 * has not appended yet, and notifications for once the change is durable. Kept apart from the
 * incident's own state because they move on different signals (stored, then durable).
 */
final class PendingChanges {

    private final List<TimelineEntry> unsavedTimeline = new ArrayList<>(2);
    private final List<LifecycleNotification> notifications = new ArrayList<>(2);

    void record(TimelineEntry entry) {
        unsavedTimeline.add(entry);
    }

    void queue(LifecycleNotification notification) {
        notifications.add(notification);
    }

    void stored() {
        unsavedTimeline.clear();
    }

    List<TimelineEntry> unsavedTimeline() {
        return List.copyOf(unsavedTimeline);
    }

    List<LifecycleNotification> takeNotifications() {
        List<LifecycleNotification> taken = List.copyOf(notifications);
        notifications.clear();
        return taken;
    }
}
