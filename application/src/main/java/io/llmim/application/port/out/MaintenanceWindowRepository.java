package io.llmim.application.port.out;

import io.llmim.domain.maintenance.MaintenanceWindow;

import java.util.List;
import java.util.Optional;

/**
 * Where maintenance windows are kept, shared by every instance on the same store. Windows are
 * written by operators, a handful at a time, so they are read whole.
 */
public interface MaintenanceWindowRepository {

    /** Stores a new window (its id is new). */
    void add(MaintenanceWindow window);

    /** Replaces the window with {@code window.id()}; false, and nothing stored, when there is none. */
    boolean replace(MaintenanceWindow window);

    /** Deletes the window; false when there was none. */
    boolean remove(String id);

    Optional<MaintenanceWindow> findById(String id);

    /** Every window, by name then id. */
    List<MaintenanceWindow> all();
}
