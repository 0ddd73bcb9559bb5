package io.llmim.application.maintenance;

import io.llmim.application.port.in.MaintenanceWindowNotFoundException;
import io.llmim.application.port.in.ManageMaintenanceWindowsUseCase;
import io.llmim.application.port.out.MaintenanceWindowRepository;
import io.llmim.domain.maintenance.MaintenanceWindow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Creates, replaces, deletes and lists maintenance windows in the shared store. */
public final class MaintenanceWindowService implements ManageMaintenanceWindowsUseCase {

    private final MaintenanceWindowRepository windows;
    private final Clock clock;

    public MaintenanceWindowService(MaintenanceWindowRepository windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public MaintenanceWindow create(WindowDraft draft) {
        Instant now = now();
        MaintenanceWindow window = from(UUID.randomUUID().toString(), draft, now, now);
        windows.add(window);
        return window;
    }

    @Override
    public MaintenanceWindow replace(String id, WindowDraft draft) {
        MaintenanceWindow window = from(id, draft, get(id).createdAt(), now());
        if (!windows.replace(window)) {
            throw new MaintenanceWindowNotFoundException(id);
        }
        return window;
    }

    @Override
    public void delete(String id) {
        if (!windows.remove(id)) {
            throw new MaintenanceWindowNotFoundException(id);
        }
    }

    @Override
    public MaintenanceWindow get(String id) {
        return windows.findById(id).orElseThrow(() -> new MaintenanceWindowNotFoundException(id));
    }

    @Override
    public List<MaintenanceWindow> list(Instant activeAt) {
        List<MaintenanceWindow> all = windows.all();
        return activeAt == null ? all : all.stream().filter(window -> window.activeAt(activeAt)).toList();
    }

    @Override
    public Instant now() {
        // The store keeps microseconds; milliseconds read back the same from either store.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static MaintenanceWindow from(String id, WindowDraft draft, Instant createdAt, Instant updatedAt) {
        return new MaintenanceWindow(id, draft.name(), draft.matchers(), draft.timeIntervals(), draft.createdBy(),
                draft.comment(), createdAt, updatedAt);
    }
}
