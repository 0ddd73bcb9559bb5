package io.llmim.domain;

import java.util.Optional;

/**
 * How urgent an incident is and what kind of trouble, and on whose word: what the sender gave
 * stands, and a classifier (named in {@code classifiedBy}) decides only what the sender left out.
 */
record Triage(Severity severity, Category category, String classifiedBy, boolean severityReported,
                     boolean categoryReported) {

    /** A new incident's triage: what the sender gave, the rest from {@code fallback}. */
    static Triage of(Event event, Classification fallback) {
        boolean classified = event.severity() == null || event.category() == null;
        return new Triage(event.reportedSeverity().orElse(fallback.severity()),
                event.reportedCategory().orElse(fallback.category()), classified ? fallback.classifier() : null,
                event.severity() != null, event.category() != null);
    }

    /** The verdict applied to what the sender left out; empty when that changes nothing, classifier included. */
    Optional<Triage> reclassifiedBy(Classification verdict) {
        Triage next = new Triage(severityReported ? severity : verdict.severity(),
                categoryReported ? category : verdict.category(), verdict.classifier(), severityReported,
                categoryReported);
        return (severityReported && categoryReported) || next.equals(this) ? Optional.empty() : Optional.of(next);
    }

    /** A sender asked for a more severe severity: it rises, and is the sender's word from then on. */
    Triage raisedTo(Severity reported) {
        return new Triage(reported, category, classifiedBy, true, categoryReported);
    }

    /** Whether {@code other} files the incident differently (who said so aside). */
    boolean labelsDifferFrom(Triage other) {
        return severity != other.severity || category != other.category;
    }
}
