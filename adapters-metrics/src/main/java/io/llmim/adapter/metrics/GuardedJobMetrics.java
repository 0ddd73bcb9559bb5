package io.llmim.adapter.metrics;

import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;

/** {@link JobMetrics} with recording failures contained by the {@link RecordingGuard}. */
record GuardedJobMetrics(JobMetrics recorder, RecordingGuard guard) implements JobMetrics {

    @Override
    public void jobStarted(JobType type) {
        guard.record(recorder, type, JobMetrics::jobStarted);
    }

    @Override
    public void jobSucceeded(JobType type, long durationNanos) {
        guard.record(recorder, type, durationNanos, JobMetrics::jobSucceeded);
    }

    @Override
    public void jobFailed(JobType type, JobErrorType error, boolean willRetry, long durationNanos) {
        guard.record(recorder, type, error, willRetry, durationNanos, JobMetrics::jobFailed);
    }

    @Override
    public void queueDepth(JobQueue queue, long waiting) {
        guard.record(recorder, queue, waiting, JobMetrics::queueDepth);
    }

    @Override
    public void queueLag(JobQueue queue, double oldestWaitSeconds) {
        guard.record(recorder, queue, oldestWaitSeconds, JobMetrics::queueLag);
    }
}
