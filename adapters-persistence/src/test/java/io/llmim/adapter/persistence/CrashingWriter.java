package io.llmim.adapter.persistence;

import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.service.IncidentClock;
import io.llmim.application.service.LifecycleNotifier;
import io.llmim.application.service.ReportEventService;
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
        ReportEventService report = new ReportEventService(store.incidents(), new TimeOrderedIds(),
                new IncidentClock(Clock.systemUTC()), new LifecycleNotifier(MetricsPort.noOp()), store.unitOfWork(),
                ReportEventService.FollowUps.NONE);
        for (long i = 0; ; i++) {
            ReportOutcome outcome = report.report(new Event("crash-test", "event " + i, null, null, null, null,
                    Map.of(), null));
            System.out.println(COMMITTED + outcome.incident().id());
            System.out.flush();
        }
    }
}
