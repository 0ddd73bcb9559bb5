package io.llmim.application.maintenance;

import io.llmim.application.port.out.MaintenanceWindowRepository;
import io.llmim.application.suppression.Hold;
import io.llmim.application.suppression.HoldReason;
import io.llmim.application.suppression.HoldSource;
import io.llmim.application.suppression.RefreshedReading;
import io.llmim.domain.Incident;
import io.llmim.domain.maintenance.MaintenanceWindow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds an incident while a maintenance window is on and its matchers match the incident; the hold
 * names the windows. Every notification and escalation asks, so the windows are read from the
 * store at most once per {@code refresh} (a change made on any instance applies within it).
 */
public final class MaintenanceWindowHolds implements HoldSource {

    private final RefreshedReading<List<MaintenanceWindow>> windows;

    /**
     * @param refresh how long a reading of the windows is used before the store is read again
     */
    public MaintenanceWindowHolds(MaintenanceWindowRepository windows, Clock clock, Duration refresh) {
        this.windows = new RefreshedReading<>(windows::all, clock, refresh);
    }

    @Override
    public Optional<Hold> holdOn(Incident incident, Map<String, String> matchable, Instant at) {
        List<String> muting = windows.get().stream()
                .filter(window -> window.mutes(matchable, at))
                .map(MaintenanceWindow::id)
                .toList();
        return muting.isEmpty() ? Optional.empty() : Optional.of(new Hold(HoldReason.MAINTENANCE, muting));
    }
}
