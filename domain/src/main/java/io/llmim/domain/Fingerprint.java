package io.llmim.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two events "the same trouble": a SHA-256 over either the sender's dedup key or
 * (source, title, labels sorted by key). Hashing keeps the stored and indexed value short whatever
 * the input length, and the two derivations are prefixed differently so they can never collide.
 */
public record Fingerprint(String value) {

    private static final HexFormat HEX = HexFormat.of();

    public Fingerprint {
        if (value == null || value.isBlank() || value.length() > 128) {
            throw new InvalidIncidentDataException("fingerprint", "must be 1 to 128 characters");
        }
    }

    /** The fingerprint of an event whose sender named its own deduplication key. */
    public static Fingerprint ofDedupKey(String dedupKey) {
        return new Fingerprint(sha256("dedup_key\u0000" + dedupKey));
    }

    /** The fingerprint of an event without a dedup key: source, title and the labels in key order. */
    public static Fingerprint derive(String source, String title, Map<String, String> labels) {
        StringBuilder canonical = new StringBuilder("derived\u0000").append(source).append('\u0000').append(title);
        for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
            canonical.append('\u0000').append(label.getKey()).append('=').append(label.getValue());
        }
        return new Fingerprint(sha256(canonical.toString()));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE ships SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
