package io.llmim.application.port.in;

/** Where a job is: waiting, being run (under a lease), finished, or given up after its last attempt. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, DEAD
}
