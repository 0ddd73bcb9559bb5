package io.llmim.domain;

import java.time.Instant;
import java.util.Objects;

/** One line of an incident's audit trail: who did what, when. */
public record TimelineEntry(Instant at, TimelineEntryKind kind, String actor, String detail) {

    public static final int MAX_DETAIL_LENGTH = 16_384;
    public static final int MAX_ACTOR_LENGTH = 128;

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        actor = actor == null || actor.isBlank() ? "system" : truncate(actor.strip(), MAX_ACTOR_LENGTH);
        detail = detail == null ? "" : truncate(detail, MAX_DETAIL_LENGTH);
    }

    // An audit line must never make an action fail, so over-long text is cut rather than refused.
    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
