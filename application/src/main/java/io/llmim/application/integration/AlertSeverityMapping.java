package io.llmim.application.integration;

import io.llmim.domain.Severity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a sender's severity word into P0..P4. The defaults (critical P1, error P2, warning P3,
 * info P4; P0..P4 as written) can be replaced word by word from configuration; anything unknown is
 * the fallback (P3), so an unexpected label never rejects an alert.
 */
public final class AlertSeverityMapping {

    public static final Map<String, Severity> DEFAULTS = Map.of(
            "critical", Severity.P1, "page", Severity.P1, "high", Severity.P1,
            "error", Severity.P2, "major", Severity.P2,
            "warning", Severity.P3, "minor", Severity.P3,
            "info", Severity.P4, "informational", Severity.P4, "none", Severity.P4);

    private final Map<String, Severity> words = new HashMap<>();
    private final Severity fallback;

    public AlertSeverityMapping(Map<String, Severity> overrides, Severity fallback) {
        words.putAll(DEFAULTS);
        overrides.forEach((word, severity) -> words.put(word.toLowerCase(Locale.ROOT), severity));
        this.fallback = fallback;
    }

    public static AlertSeverityMapping defaults() {
        return new AlertSeverityMapping(Map.of(), Severity.P3);
    }

    public Severity map(String word) {
        if (word == null) {
            return fallback;
        }
        String normalized = word.strip().toLowerCase(Locale.ROOT);
        if (normalized.length() == 2 && normalized.charAt(0) == 'p' && normalized.charAt(1) >= '0'
                && normalized.charAt(1) <= '4') {
            return Severity.values()[normalized.charAt(1) - '0'];
        }
        return words.getOrDefault(normalized, fallback);
    }
}
