package io.llmim.adapter.jobs;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.RunJobsUseCase;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An instance's link to the shared store that can be cut: while severed every call fails, as for an
 * instance killed or cut off from the database. Counts lost renewals and the outcomes it reported.
 */
final class Severable implements RunJobsUseCase {

    private final RunJobsUseCase instance;
    private final AtomicInteger lost = new AtomicInteger();
    private final AtomicInteger outcomes = new AtomicInteger();
    private volatile boolean severed;

    Severable(RunJobsUseCase instance) {
        this.instance = instance;
    }

    void sever() {
        severed = true;
    }

    void heal() {
        severed = false;
    }

    int lost() {
        return lost.get();
    }

    int outcomes() {
        return outcomes.get();
    }

    private void reachable() {
        if (severed) {
            throw new IllegalStateException("the store is out of reach");
        }
    }

    @Override
    public Optional<Job> claimNext(JobQueue queue, Duration lease) {
        reachable();
        return instance.claimNext(queue, lease);
    }

    @Override
    public boolean renewLease(Job job, Duration lease) {
        reachable();
        boolean held = instance.renewLease(job, lease);
        if (!held) {
            lost.incrementAndGet();
        }
        return held;
    }

    @Override
    public void perform(Job job) {
        instance.perform(job);
    }

    @Override
    public void succeeded(Job job, long durationNanos) {
        reachable();
        instance.succeeded(job, durationNanos);
        outcomes.incrementAndGet();
    }

    @Override
    public void retryLater(Job job, JobErrorType error, String message, Duration retryAfter, long durationNanos) {
        reachable();
        instance.retryLater(job, error, message, retryAfter, durationNanos);
        outcomes.incrementAndGet();
    }

    @Override
    public void giveUp(Job job, JobErrorType error, String message, long durationNanos) {
        reachable();
        instance.giveUp(job, error, message, durationNanos);
        outcomes.incrementAndGet();
    }

    @Override
    public void measureQueues() {
        reachable();
        instance.measureQueues();
    }
}
