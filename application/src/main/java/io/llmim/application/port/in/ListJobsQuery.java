package io.llmim.application.port.in;

import io.llmim.application.port.out.Job;
import io.llmim.application.port.out.JobStatus;

import java.util.List;

/** Lists background jobs by state, most recent first: dead jobs keep their last error. */
public interface ListJobsQuery {

    List<Job> list(JobStatus status, int limit);
}
