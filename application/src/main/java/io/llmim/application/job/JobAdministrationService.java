package io.llmim.application.job;

import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobQueuesQuery;
import io.llmim.application.port.in.RetryJobUseCase;
import io.llmim.application.port.out.JobStore;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** What an operator does with the job queues: see how deep they are, and retry a dead job. */
public record JobAdministrationService(JobStore jobs, Clock clock) implements RetryJobUseCase, JobQueuesQuery {

    @Override
    public boolean retry(String jobId) {
        return jobs.revive(jobId, clock.instant());
    }

    @Override
    public List<QueueDepth> depths() {
        return Arrays.stream(JobQueue.values()).map(queue -> {
            JobStore.QueueStats stats = jobs.stats(queue, clock.instant());
            return new QueueDepth(queue, stats.waiting(), stats.oldestWait());
        }).toList();
    }
}
