package io.llmim.application.integration;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alertmanager's fingerprint of a label set (Prometheus {@code model.LabelSet.Fingerprint}):
 * 64-bit FNV-1a over the names in order, each name and value followed by byte 0xff, written as
 * 16 hex digits. Computing it the same way means amtool and Grafana see the fingerprints they
 * would see from Alertmanager itself.
 */
final class LabelSetFingerprint {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final int SEPARATOR = 0xff;

    private LabelSetFingerprint() {
    }

    static String of(Map<String, String> labels) {
        long hash = OFFSET_BASIS;
        for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
            hash = add(add(hash, label.getKey()), label.getValue());
        }
        return String.format("%016x", hash);
    }

    private static long add(long hash, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * PRIME;
        }
        return (hash ^ SEPARATOR) * PRIME;
    }
}
