package io.llmim.application.port.in;

/**
 * Gives a dead job another run: it waits in its queue again, due now, with its attempts counted
 * afresh and its last error kept until the next attempt replaces it.
 */
public interface RetryJobUseCase {

    /** @return false when no dead job has this id (unknown, or not dead: queued, running or done) */
    boolean retry(String jobId);
}
