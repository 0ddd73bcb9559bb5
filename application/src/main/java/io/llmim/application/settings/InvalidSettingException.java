package io.llmim.application.settings;

/**
 * A configuration value a settings record refuses. {@link #key()} is relative to the record
 * ({@code listen_address}, {@code webhooks[0].url}); whoever bound the record from a file prefixes
 * the section, so the operator reads the full path of the key at fault.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private final String key;
    private final String problem;

    public InvalidSettingException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
        this.problem = problem;
    }

    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }
}
