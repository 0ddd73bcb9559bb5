package io.llmim.adapter.http.console;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueuesQuery;

import java.util.List;

/** What the jobs page shows: each queue's depth and lag, and the dead jobs. */
public record JobsView(Chrome chrome, List<JobQueuesQuery.QueueDepth> queues, List<Job> dead) {
}
