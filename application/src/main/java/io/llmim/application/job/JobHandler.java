package io.llmim.application.job;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobFailedException;

/**
 * Does the work of one job type. Runs on a worker thread and may block; must be idempotent, since
 * a job can run again after a crash. Throws {@link JobFailedException} to say why it failed.
 */
public interface JobHandler {

    void handle(Job job);
}
