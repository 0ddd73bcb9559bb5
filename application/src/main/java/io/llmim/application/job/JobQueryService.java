package io.llmim.application.job;

import io.llmim.application.port.in.ListJobsQuery;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.out.JobStore;

import java.util.List;

/** Read side of the job store. */
public record JobQueryService(JobStore jobs) implements ListJobsQuery {

    @Override
    public List<Job> list(JobStatus status, int limit) {
        return jobs.list(status, limit);
    }
}
