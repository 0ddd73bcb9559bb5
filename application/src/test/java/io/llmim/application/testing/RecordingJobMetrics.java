package io.llmim.application.testing;

import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Remembers job outcomes as "enrichment success", "notification retry dependency_error", ... */
public final class RecordingJobMetrics implements JobMetrics {

    private final List<String> outcomes = new ArrayList<>();
    private final Map<JobType, Integer> active = new EnumMap<>(JobType.class);
    private final Map<JobQueue, Long> depth = new EnumMap<>(JobQueue.class);
    private final Map<JobQueue, Double> lag = new EnumMap<>(JobQueue.class);

    public synchronized List<String> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized int active(JobType type) {
        return active.getOrDefault(type, 0);
    }

    public synchronized Long depth(JobQueue queue) {
        return depth.get(queue);
    }

    public synchronized Double lag(JobQueue queue) {
        return lag.get(queue);
    }

    @Override
    public synchronized void jobStarted(JobType type) {
        active.merge(type, 1, Integer::sum);
    }

    @Override
    public synchronized void jobSucceeded(JobType type, long durationNanos) {
        active.merge(type, -1, Integer::sum);
        outcomes.add(type.label() + " success");
    }

    @Override
    public synchronized void jobFailed(JobType type, JobErrorType error, boolean willRetry, long durationNanos) {
        active.merge(type, -1, Integer::sum);
        outcomes.add(type.label() + (willRetry ? " retry " : " failure ") + error.label());
    }

    @Override
    public synchronized void queueDepth(JobQueue queue, long waiting) {
        depth.put(queue, waiting);
    }

    @Override
    public synchronized void queueLag(JobQueue queue, double oldestWaitSeconds) {
        lag.put(queue, oldestWaitSeconds);
    }
}
