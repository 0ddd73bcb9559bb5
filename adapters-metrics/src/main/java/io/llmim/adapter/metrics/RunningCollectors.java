package io.llmim.adapter.metrics;

import java.util.List;

/**
 * The background collectors {@link MetricsAdapter#startCollectors()} started. Closing stops them,
 * last started first, and the push gateway, when configured, pushes a last time as it stops, so it
 * keeps the final values.
 */
public final class RunningCollectors implements AutoCloseable {

    private final List<PeriodicCollector> collectors;

    private RunningCollectors(List<PeriodicCollector> collectors) {
        this.collectors = collectors;
    }

    static RunningCollectors start(List<PeriodicCollector> collectors) {
        collectors.forEach(PeriodicCollector::start);
        return new RunningCollectors(List.copyOf(collectors));
    }

    @Override
    public void close() {
        for (int i = collectors.size() - 1; i >= 0; i--) {
            collectors.get(i).close();
        }
    }
}
