package io.llmim.application.port.in;

/**
 * A job attempt that failed for a known reason. {@link JobErrorType#VALIDATION_ERROR} means no
 * retry can help; a {@link JobErrorType#DEPENDENCY_ERROR} is retried with backoff.
 */
public final class JobFailedException extends RuntimeException {

    private final JobErrorType type;

    public JobFailedException(JobErrorType type, String message) {
        super(message);
        this.type = type;
    }

    public JobErrorType type() {
        return type;
    }
}
