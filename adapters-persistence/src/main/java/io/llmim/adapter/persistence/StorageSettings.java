package io.llmim.adapter.persistence;

import io.llmim.application.settings.InvalidSettingException;

import java.util.Map;

import static io.llmim.application.settings.SettingChecks.positive;

/**
 * The {@code [storage]} section: where incidents live. The password is never in the file:
 * {@code passwordEnv} names the environment variable that holds it.
 */
public record StorageSettings(String url, String username, String passwordEnv, int poolSize) {

    public StorageSettings {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new InvalidSettingException("url", "must start with jdbc:sqlite: or jdbc:postgresql:");
        }
        positive("pool_size", poolSize);
    }

    /** The password from the variable {@code password_env} names; empty when it is unset. */
    public String password(Map<String, String> environment) {
        return environment.getOrDefault(passwordEnv, "");
    }

    /** The URL as logs may show it: a password given in it as {@code password=} is masked. */
    public String redactedUrl() {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
