package io.llmim.application.testing;

import io.llmim.application.port.out.MaintenanceWindowRepository;
import io.llmim.domain.maintenance.MaintenanceWindow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reference {@link MaintenanceWindowRepository}: a map under one lock. */
public final class InMemoryMaintenanceWindowRepository implements MaintenanceWindowRepository {

    private final Map<String, MaintenanceWindow> windows = new HashMap<>();
    private int reads;

    @Override
    public synchronized void add(MaintenanceWindow window) {
        if (windows.putIfAbsent(window.id(), window) != null) {
            throw new IllegalStateException("window " + window.id() + " exists");
        }
    }

    @Override
    public synchronized boolean replace(MaintenanceWindow window) {
        return windows.replace(window.id(), window) != null;
    }

    @Override
    public synchronized boolean remove(String id) {
        return windows.remove(id) != null;
    }

    @Override
    public synchronized Optional<MaintenanceWindow> findById(String id) {
        return Optional.ofNullable(windows.get(id));
    }

    @Override
    public synchronized List<MaintenanceWindow> all() {
        reads++;
        return windows.values().stream()
                .sorted(Comparator.comparing(MaintenanceWindow::name).thenComparing(MaintenanceWindow::id))
                .toList();
    }

    /** How many times {@link #all()} was called. */
    public synchronized int reads() {
        return reads;
    }
}
