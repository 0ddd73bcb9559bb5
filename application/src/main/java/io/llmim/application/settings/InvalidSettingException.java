package io.llmim.application.settings;

/**
 * A configuration the service refuses, naming the key at fault. A settings record names the key
 * relative to itself ({@code listen_address}, {@code webhooks[0].url}); whoever bound the record
 * from a file names the full path with {@link #within}, so the operator reads the key as written.
 * Where no key is at fault, the key names the file or environment variable instead.
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

    /** The same refusal with the key as a path below {@code section}; this one when the section is empty. */
    public InvalidSettingException within(String section) {
        return section.isEmpty() ? this : new InvalidSettingException(section + "." + key, problem);
    }
}
