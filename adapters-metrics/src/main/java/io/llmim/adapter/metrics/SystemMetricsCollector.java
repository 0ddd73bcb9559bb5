package io.llmim.adapter.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.software.os.OSFileStore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * System health from OSHI ({@code system_*} in docs/metrics.md, "The taxonomy"): memory, per-core
 * CPU, and optionally disk usage, sampled every {@code collection_interval_seconds} on its own daemon
 * thread, never on the event loop. Each part is collected on its own, so one failing part does not
 * stop the others.
 */
final class SystemMetricsCollector implements PeriodicCollector {

    private static final Logger LOG = LoggerFactory.getLogger(SystemMetricsCollector.class);

    private final MetricsSettings.SystemHealth settings;
    private final List<Runnable> parts = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "llmim-system-metrics");
        thread.setDaemon(true);
        return thread;
    });

    SystemMetricsCollector(Meters meters, MetricsSettings settings) {
        this.settings = settings.system();
        SystemInfo system = new SystemInfo();
        if (this.settings.trackMemory()) {
            parts.add(memory(meters, system.getHardware().getMemory()));
        }
        if (this.settings.trackCpu()) {
            parts.add(cpu(meters, system.getHardware().getProcessor()));
        }
        if (this.settings.trackDisk()) {
            parts.add(disk(meters, system, settings.labelValueLimit()));
        }
    }

    @Override
    public void start() {
        collect();
        scheduler.scheduleAtFixedRate(this::collect, settings.collectionIntervalSeconds(),
                settings.collectionIntervalSeconds(), TimeUnit.SECONDS);
    }

    void collect() {
        for (Runnable part : parts) {
            try {
                part.run();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("collecting a system metric failed; the other collectors carry on", e);
            }
        }
    }

    private static Runnable memory(Meters meters, GlobalMemory memory) {
        AtomicLong used = meters.gauge("system.memory.bytes", "System memory", "type", "used");
        AtomicLong available = meters.gauge("system.memory.bytes", "System memory", "type", "available");
        AtomicLong total = meters.gauge("system.memory.bytes", "System memory", "type", "total");
        return () -> {
            long totalBytes = memory.getTotal();
            long availableBytes = memory.getAvailable();
            total.set(totalBytes);
            available.set(availableBytes);
            used.set(totalBytes - availableBytes);
        };
    }

    private static Runnable cpu(Meters meters, CentralProcessor processor) {
        int cores = processor.getLogicalProcessorCount();
        AtomicLong[] usage = new AtomicLong[cores];
        for (int core = 0; core < cores; core++) {
            usage[core] = meters.doubleGauge("system.cpu.usage.percent", "CPU utilisation per logical core",
                    "core", "core_" + core);
        }
        long[][][] previousTicks = {processor.getProcessorCpuLoadTicks()};
        return () -> {
            double[] load = processor.getProcessorCpuLoadBetweenTicks(previousTicks[0]);
            previousTicks[0] = processor.getProcessorCpuLoadTicks();
            for (int core = 0; core < Math.min(cores, load.length); core++) {
                usage[core].set(Double.doubleToRawLongBits(100.0 * load[core]));
            }
        };
    }

    private static Runnable disk(Meters meters, SystemInfo system, int limit) {
        List<OSFileStore> stores = system.getOperatingSystem().getFileSystem().getFileStores(true);
        List<Runnable> updates = new ArrayList<>();
        for (OSFileStore store : stores.subList(0, Math.min(limit, stores.size()))) {
            AtomicLong total = meters.gauge("system.disk.bytes", "Disk space of a mounted file system",
                    "mount", store.getMount(), "type", "total");
            AtomicLong free = meters.gauge("system.disk.bytes", "Disk space of a mounted file system",
                    "mount", store.getMount(), "type", "available");
            updates.add(() -> {
                store.updateAttributes();
                total.set(store.getTotalSpace());
                free.set(store.getUsableSpace());
            });
        }
        return () -> updates.forEach(Runnable::run);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
