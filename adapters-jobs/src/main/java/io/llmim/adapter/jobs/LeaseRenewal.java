package io.llmim.adapter.jobs;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.RunJobsUseCase;

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the lease of one running attempt: renews it every {@code leaseRenewal} until stopped, and
 * cancels the attempt when a renewal finds the job taken over by another worker.
 */
final class LeaseRenewal {

    private static final System.Logger LOG = System.getLogger(LeaseRenewal.class.getName());

    private final RunJobsUseCase jobs;
    private final Job job;
    private final Future<?> attempt;
    private final JobExecutor.Settings settings;
    private volatile ScheduledFuture<?> schedule;

    private LeaseRenewal(RunJobsUseCase jobs, Job job, Future<?> attempt, JobExecutor.Settings settings) {
        this.jobs = jobs;
        this.job = job;
        this.attempt = attempt;
        this.settings = settings;
    }

    static LeaseRenewal start(RunJobsUseCase jobs, Job job, Future<?> attempt, JobExecutor.Settings settings,
                              ScheduledExecutorService scheduler) {
        LeaseRenewal renewal = new LeaseRenewal(jobs, job, attempt, settings);
        long every = settings.leaseRenewal().toMillis();
        renewal.schedule = scheduler.scheduleAtFixedRate(renewal::renew, every, every, TimeUnit.MILLISECONDS);
        return renewal;
    }

    private void renew() {
        try {
            if (!jobs.renewLease(job, settings.lease())) {
                attempt.cancel(true);
                stop();
            }
        } catch (RuntimeException e) {
            // The store may be briefly unreachable: the next renewal may still come before the lease runs out.
            LOG.log(System.Logger.Level.WARNING, "renewing the lease of job " + job.id() + " failed", e);
        }
    }

    void stop() {
        schedule.cancel(false);
    }
}
