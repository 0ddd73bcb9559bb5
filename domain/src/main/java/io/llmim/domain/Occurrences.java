package io.llmim.domain;

import java.time.Instant;

/**
 * How often and when an incident's trouble was reported: the count, when it was last seen, and the
 * span of occurrence times the senders gave (null while none gave one). Stores that count repeats
 * in place, in one statement, follow {@link #plus}.
 */
record Occurrences(int count, Instant lastSeenAt, Instant firstOccurredAt, Instant lastOccurredAt) {

    /**
     * These occurrences and {@code repeats} seen at {@code at}. Senders' clocks and deliveries
     * disagree: a repeat may say it occurred before the first report, so the span only widens.
     */
    Occurrences plus(Repeats repeats, Instant at) {
        return new Occurrences(count + repeats.count(), at,
                earlier(firstOccurredAt, repeats.earliestOccurredAt()),
                later(lastOccurredAt, repeats.latestOccurredAt()));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
