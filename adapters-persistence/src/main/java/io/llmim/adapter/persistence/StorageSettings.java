package io.llmim.adapter.persistence;

import java.util.Objects;

/**
 * The {@code [storage]} section: where incidents live. {@code password} is the resolved secret
 * (bootstrap reads it from the variable named by {@code password_env}); it never appears in
 * {@link #toString()}.
 */
public record StorageSettings(String url, String username, String password, int poolSize) {

    public static final String DEFAULT_URL = "jdbc:sqlite:data/incidents.db";

    public StorageSettings {
        Objects.requireNonNull(url, "url");
        if (poolSize < 1) {
            throw new IllegalArgumentException("storage.pool_size must be at least 1");
        }
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    public static StorageSettings sqlite(String url) {
        return new StorageSettings(url, "", "", 10);
    }

    @Override
    public String toString() {
        return "StorageSettings[url=" + url + ", username=" + username + ", password=" + (password.isEmpty() ? "" : "***")
                + ", poolSize=" + poolSize + "]";
    }
}
