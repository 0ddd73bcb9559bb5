package io.llmim.adapter.metrics;

import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;

/** {@link JobMetrics} with recording failures contained by the {@link RecordingGuard}. */
final class GuardedJobMetrics extends GuardedPort<JobMetrics> implements JobMetrics {

    GuardedJobMetrics(JobMetrics recorder, RecordingGuard guard) {
        super(recorder, guard);
    }

    @Override
    public void jobStarted(JobType type) {
        if (guard.allows()) {
            try {
                recorder.jobStarted(type);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void jobSucceeded(JobType type, long durationNanos) {
        if (guard.allows()) {
            try {
                recorder.jobSucceeded(type, durationNanos);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void jobFailed(JobType type, JobErrorType error, boolean willRetry, long durationNanos) {
        if (guard.allows()) {
            try {
                recorder.jobFailed(type, error, willRetry, durationNanos);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void queueDepth(JobQueue queue, long waiting) {
        if (guard.allows()) {
            try {
                recorder.queueDepth(queue, waiting);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void queueLag(JobQueue queue, double oldestWaitSeconds) {
        if (guard.allows()) {
            try {
                recorder.queueLag(queue, oldestWaitSeconds);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }
}
