package io.llmim.adapter.http.console;

import io.llmim.application.port.in.OverviewQuery;
import io.llmim.domain.Severity;

import java.time.Duration;
import java.util.Optional;

/** What the overview shows, with durations written as a person reads them ("4 min 12 s"). */
public record OverviewView(Chrome chrome, OverviewQuery.Overview overview) {

    static final String NO_DATA = "no data";

    public Severity[] severities() {
        return Severity.values();
    }

    public long active(Severity severity) {
        return overview.activeBySeverity().getOrDefault(severity, 0L);
    }

    public String meanTimeToAcknowledge() {
        return words(overview.lastDay().meanTimeToAcknowledge());
    }

    public String meanTimeToResolve() {
        return words(overview.lastDay().meanTimeToResolve());
    }

    public String model() {
        OverviewQuery.ModelState model = overview.model();
        return model.provider() == null ? model.breaker().label()
                : model.provider() + "/" + model.model() + ": breaker " + model.breaker().label();
    }

    static String words(Optional<Duration> mean) {
        return mean.map(OverviewView::words).orElse(NO_DATA);
    }

    /** The two largest units that matter: "450 ms", "12 s", "4 min 12 s", "3 h 5 min", "2 d 3 h". */
    public static String words(Duration duration) {
        if (duration.isZero()) {
            return "0 s";
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            return duration.toMillis() + " ms";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return pair(seconds / 60, "min", seconds % 60, "s");
        }
        if (seconds < 86_400) {
            return pair(seconds / 3600, "h", seconds % 3600 / 60, "min");
        }
        return pair(seconds / 86_400, "d", seconds % 86_400 / 3600, "h");
    }

    private static String pair(long major, String majorUnit, long minor, String minorUnit) {
        return minor == 0 ? major + " " + majorUnit : major + " " + majorUnit + " " + minor + " " + minorUnit;
    }
}
