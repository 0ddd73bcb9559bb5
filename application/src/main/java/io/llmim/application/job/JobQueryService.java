package io.llmim.application.job;

import io.llmim.application.port.in.ListJobsQuery;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.out.JobStore;

import java.util.List;

/** Read side of the job store. */
public final class JobQueryService implements ListJobsQuery {

    private final JobStore jobs;

    public JobQueryService(JobStore jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<Job> list(JobStatus status, int limit) {
        return jobs.list(status, limit);
    }
}
