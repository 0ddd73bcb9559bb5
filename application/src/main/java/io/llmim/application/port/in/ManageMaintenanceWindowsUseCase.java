package io.llmim.application.port.in;

import io.llmim.domain.LabelMatcher;
import io.llmim.domain.maintenance.MaintenanceWindow;
import io.llmim.domain.maintenance.TimeInterval;

import java.time.Instant;
import java.util.List;

/**
 * Maintenance windows as operators manage them ({@code /v1/maintenance-windows}): recurring mutes
 * of the incidents their matchers match, while one of their time intervals is on.
 */
public interface ManageMaintenanceWindowsUseCase {

    /** What a client says about a window; the service gives it its id and times. */
    record WindowDraft(String name, List<LabelMatcher> matchers, List<TimeInterval> timeIntervals,
                       String createdBy, String comment) {
    }

    /** Creates a window. @throws io.llmim.domain.InvalidIncidentDataException naming the field at fault */
    MaintenanceWindow create(WindowDraft draft);

    /** Replaces a window whole, keeping its id and creation time. @throws MaintenanceWindowNotFoundException */
    MaintenanceWindow replace(String id, WindowDraft draft);

    /** Deletes a window. @throws MaintenanceWindowNotFoundException */
    void delete(String id);

    /** @throws MaintenanceWindowNotFoundException for an unknown id */
    MaintenanceWindow get(String id);

    /** Every window, or, with {@code activeAt}, those one of whose intervals contains it. */
    List<MaintenanceWindow> list(Instant activeAt);

    /** The instant the service calls now: what a window's {@code active} flag is computed at. */
    Instant now();
}
