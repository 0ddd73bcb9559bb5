package io.llmim.adapter.llm;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try again, the way the providers' own SDKs decide: the server's {@code retry-after-ms}
 * or {@code retry-after} (seconds or an HTTP date) when it is sane, otherwise exponential backoff
 * from half a second, capped at 8 seconds, with up to a quarter of jitter taken off.
 */
final class RetrySchedule {

    private static final Duration INITIAL = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    private static final Duration MAX_SERVER_DELAY = Duration.ofSeconds(60);

    private final DoubleSupplier random;

    RetrySchedule(DoubleSupplier random) {
        this.random = random;
    }

    static RetrySchedule withJitter() {
        return new RetrySchedule(() -> ThreadLocalRandom.current().nextDouble());
    }

    /** The pause before retry number {@code retry} (1 for the first retry). */
    Duration delay(int retry, String retryAfterMs, String retryAfter) {
        Duration fromServer = serverDelay(retryAfterMs, retryAfter);
        if (fromServer != null) {
            return fromServer;
        }
        long millis = Math.min(MAX_BACKOFF.toMillis(), INITIAL.toMillis() * (1L << Math.min(retry - 1, 20)));
        return Duration.ofMillis(Math.round(millis * (1 - 0.25 * random.getAsDouble())));
    }

    private static Duration serverDelay(String retryAfterMs, String retryAfter) {
        try {
            if (retryAfterMs != null) {
                return sane(Duration.ofMillis((long) Double.parseDouble(retryAfterMs.strip())));
            }
            if (retryAfter != null) {
                String value = retryAfter.strip();
                if (value.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                    return sane(Duration.ofMillis((long) (Double.parseDouble(value) * 1000)));
                }
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return sane(Duration.between(ZonedDateTime.now(at.getZone()), at));
            }
        } catch (RuntimeException unreadable) {
            // An unreadable header is ignored, as the SDKs do: fall back to backoff.
        }
        return null;
    }

    private static Duration sane(Duration delay) {
        return delay.isNegative() || delay.compareTo(MAX_SERVER_DELAY) > 0 ? null : delay;
    }
}
