package io.llmim.bootstrap.config;

/** A configuration that cannot start the service; names the key (or file, or variable) at fault. */
public final class ConfigException extends RuntimeException {

    private final String key;

    public ConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
