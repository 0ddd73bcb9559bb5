package io.llmim.application.port.in;


import java.util.List;

/** Lists background jobs by state, most recent first: dead jobs keep their last error. */
public interface ListJobsQuery {

    List<Job> list(JobStatus status, int limit);
}
