package io.llmim.application.port.out;

/**
 * Does the work of one job type. Runs on a worker thread and may block; must be idempotent, since
 * a job can run again after a crash. Throws {@link JobFailedException} to say why it failed.
 */
public interface JobHandler {

    void handle(Job job);
}
