package io.llmim.adapter.persistence;

import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.incident.ReportEventService;
import io.llmim.domain.Event;
import io.llmim.domain.MetricsPort;

import java.time.Clock;
import java.util.Map;

/**
 * Child process of {@link CrashSafetyTest}: reports distinct events forever and prints the id of
 * each one the store has committed, until it is killed.
 */
public final class CrashingWriter {

    /** Marks our lines: the child also logs to stdout. */
    static final String COMMITTED = "committed ";

    public static void main(String[] args) {
        JdbcIncidentStore store = Stores.open(args[0]);
        IncidentClock clock = new IncidentClock(Clock.systemUTC());
        ReportEventService report = new ReportEventService(store.incidents(), new TimeOrderedIds(), clock,
                new IncidentChanges(store.incidents(), store.unitOfWork(), clock, MetricsPort.noOp(), store.changeLog()),
                ReportEventService.FollowUps.NONE);
        for (long i = 0; ; i++) {
            ReportOutcome outcome = report.report(new Event("crash-test", "event " + i, null, null, null, null,
                    Map.of(), null));
            System.out.println(COMMITTED + outcome.incident().id());
            System.out.flush();
        }
    }
}
