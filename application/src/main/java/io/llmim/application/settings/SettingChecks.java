package io.llmim.application.settings;

import java.net.URI;

/**
 * The value checks settings records run in their compact constructors, each failing with an
 * {@link InvalidSettingException} that names the key.
 */
public final class SettingChecks {

    private SettingChecks() {
    }

    public static int positive(String key, int value) {
        return (int) atLeast(key, value, 1);
    }

    public static long positive(String key, long value) {
        return atLeast(key, value, 1);
    }

    public static long atLeast(String key, long value, long minimum) {
        if (value < minimum) {
            throw new InvalidSettingException(key, "must be at least " + minimum);
        }
        return value;
    }

    public static <T> T present(String key, T value) {
        if (value == null) {
            throw new InvalidSettingException(key, "is required");
        }
        return value;
    }

    /** An absolute {@code http://} or {@code https://} URL with a host. */
    public static String httpUrl(String key, String value) {
        present(key, value);
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below, like any other URL that is not http(s)
        }
        throw new InvalidSettingException(key, "must be an http:// or https:// URL");
    }
}
