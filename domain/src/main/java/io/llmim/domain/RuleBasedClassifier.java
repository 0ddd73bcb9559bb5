package io.llmim.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deterministic classification from what an event says about itself: explicit {@code severity} /
 * {@code category} labels first, then the sending system, then keywords in title and description.
 * It needs no network and always answers, which makes it the fallback when no LLM is configured
 * or the LLM fails.
 */
public final class RuleBasedClassifier {

    public static final String NAME = "rules";

    private static final double FROM_LABELS = 0.9;
    private static final double FROM_KEYWORDS = 0.6;
    private static final double FROM_SOURCE = 0.5;
    private static final double DEFAULTED = 0.3;

    private static final Severity DEFAULT_SEVERITY = Severity.P3;

    // Checked in order: the first category with a matching keyword wins, so the more specific come first.
    private static final List<Map.Entry<Category, List<String>>> CATEGORY_KEYWORDS = List.of(
            Map.entry(Category.SECURITY, List.of("jailbreak", "prompt injection", "injection", "pii", "leak",
                    "unauthorized", "unauthorised", "breach", "exfiltrat", "toxic", "vulnerab", "malicious",
                    "credential")),
            Map.entry(Category.COMPLIANCE, List.of("compliance", "gdpr", "hipaa", "policy violation", "audit",
                    "regulat", "retention", "consent")),
            Map.entry(Category.COST, List.of("cost", "budget", "spend", "billing", "quota", "token usage",
                    "invoice")),
            Map.entry(Category.AVAILABILITY, List.of("outage", "down", "unavailable", "unreachable", "5xx", "503",
                    "502", "500", "crash", "error rate", "failed", "failing", "refused", "not responding")),
            Map.entry(Category.PERFORMANCE, List.of("latency", "slow", "p95", "p99", "throughput", "degraded",
                    "timeout", "timed out", "saturat", "memory", "cpu", "queue")));

    private static final Map<String, Category> SOURCE_CATEGORIES = Map.of(
            "llm-shield", Category.SECURITY,
            "llm-governance-core", Category.COMPLIANCE,
            "llm-sentinel", Category.PERFORMANCE,
            "llm-edge-agent", Category.AVAILABILITY);

    private static final Map<String, Severity> SEVERITY_WORDS = Map.ofEntries(
            Map.entry("critical", Severity.P0), Map.entry("page", Severity.P0),
            Map.entry("high", Severity.P1), Map.entry("error", Severity.P1), Map.entry("major", Severity.P1),
            Map.entry("warning", Severity.P2), Map.entry("medium", Severity.P2), Map.entry("warn", Severity.P2),
            Map.entry("low", Severity.P3), Map.entry("minor", Severity.P3),
            Map.entry("info", Severity.P4), Map.entry("informational", Severity.P4), Map.entry("none", Severity.P4));

    private static final List<Map.Entry<Severity, List<String>>> SEVERITY_KEYWORDS = List.of(
            Map.entry(Severity.P0, List.of("critical", "data leak", "breach", "total outage", "all requests failing")),
            Map.entry(Severity.P1, List.of("outage", "down", "unavailable", "exfiltrat", "jailbreak")),
            Map.entry(Severity.P2, List.of("degraded", "error rate", "latency", "slow", "timeout", "warning")));

    public Classification classify(Event event) {
        String text = (event.title() + "\n" + event.description()).toLowerCase(Locale.ROOT);

        Category category = categoryFromLabel(event.labels());
        double confidence = FROM_LABELS;
        if (category == null) {
            category = firstMatching(CATEGORY_KEYWORDS, text);
            confidence = FROM_KEYWORDS;
        }
        if (category == null) {
            category = SOURCE_CATEGORIES.get(event.source().toLowerCase(Locale.ROOT));
            confidence = FROM_SOURCE;
        }
        if (category == null) {
            category = Category.OTHER;
            confidence = DEFAULTED;
        }

        Severity severity = severityFromLabel(event.labels());
        if (severity == null) {
            severity = firstMatching(SEVERITY_KEYWORDS, text);
            confidence = Math.min(confidence, severity == null ? DEFAULTED : FROM_KEYWORDS);
        }
        return new Classification(severity == null ? DEFAULT_SEVERITY : severity, category, confidence, NAME);
    }

    private static Category categoryFromLabel(Map<String, String> labels) {
        String value = labels.get("category");
        if (value == null) {
            return null;
        }
        for (Category category : Category.values()) {
            if (category.label().equalsIgnoreCase(value.strip())) {
                return category;
            }
        }
        return null;
    }

    /** The value of the first rule one of whose keywords {@code text} contains, or null. */
    private static <T> T firstMatching(List<Map.Entry<T, List<String>>> rules, String text) {
        for (Map.Entry<T, List<String>> rule : rules) {
            if (containsAny(text, rule.getValue())) {
                return rule.getKey();
            }
        }
        return null;
    }

    private static Severity severityFromLabel(Map<String, String> labels) {
        for (String key : List.of("severity", "priority")) {
            String value = labels.get(key);
            if (value == null) {
                continue;
            }
            String normalized = value.strip().toLowerCase(Locale.ROOT);
            if (normalized.length() == 2 && normalized.charAt(0) == 'p'
                    && normalized.charAt(1) >= '0' && normalized.charAt(1) <= '4') {
                return Severity.values()[normalized.charAt(1) - '0'];
            }
            Severity mapped = SEVERITY_WORDS.get(normalized);
            if (mapped != null) {
                return mapped;
            }
        }
        return null;
    }

    private static boolean containsAny(String text, List<String> keywords) {
        for (String keyword : keywords) {
            if (text.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
