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
 * Child process of {@link CrashSafetyTest}: {@link #WRITERS} threads report distinct events forever
 * and print the id of each one the store has committed, until the process is killed.
 */
public final class CrashingWriter {

    /** Marks our lines: the child also logs to stdout. */
    static final String COMMITTED = "committed ";
    /** Concurrent writers: enough that SQLite's group commits hold several answers each. */
    static final int WRITERS = 8;

    public static void main(String[] args) {
        JdbcIncidentStore store = Stores.open(args[0]);
        IncidentClock clock = new IncidentClock(Clock.systemUTC());
        ReportEventService report = new ReportEventService(store.incidents(), new TimeOrderedIds(), clock,
                new IncidentChanges(store.incidents(), store.unitOfWork(), clock, MetricsPort.noOp(), store.changeLog()),
                ReportEventService.FollowUps.NONE);
        for (int writer = 0; writer < WRITERS; writer++) {
            String title = "writer " + writer + " event ";
            new Thread(() -> {
                for (long i = 0; ; i++) {
                    ReportOutcome outcome = report.report(new Event("crash-test", title + i, null, null, null, null,
                            Map.of(), null));
                    System.out.println(COMMITTED + outcome.incident().id()); // one line at a time: println locks
                    System.out.flush();
                }
            }, "crash-writer-" + writer).start();
        }
    }
}
