package io.llmim.application.job;

import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.out.SuppressionMetrics;
import io.llmim.application.suppression.Hold;
import io.llmim.application.suppression.Holds;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentState;
import io.llmim.domain.TimelineEntryKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides whether a notification or escalation job may do its work now, or is held by a mute
 * (silence, maintenance window, inhibition: whatever {@link Holds} is made of).
 * <p>
 * A held job is not lost and not retried as a failure: it is queued again, as a new durable job
 * in the job store, to look again after a delay that doubles from {@value #FIRST_RECHECK_SECONDS}
 * s up to {@value #MAX_RECHECK_SECONDS} s. So a hold survives restarts and is shared by every
 * instance, and the held work goes out within {@value #MAX_RECHECK_SECONDS} s of the mute ending.
 * The held job's key is the id of the job it replaces, so running a job again never queues two.
 * The timeline says what held it when it is first held, and again only when what holds it changes
 * (not at every look). A held job that finds its incident no longer active and unacknowledged when
 * the mute ends is dropped, with a timeline entry: nobody needs to be told any more.
 */
public final class FollowUpGate {

    static final long FIRST_RECHECK_SECONDS = 5;
    static final long MAX_RECHECK_SECONDS = 60;
    static final String HELD_LOOKS = "held_looks";
    static final String HELD_BY = "held_by";

    private final Holds holds;
    private final JobStore jobs;
    private final IncidentChanges changes;
    private final SuppressionMetrics metrics;
    private final Clock clock;

    public FollowUpGate(Holds holds, JobStore jobs, IncidentChanges changes, SuppressionMetrics metrics, Clock clock) {
        this.holds = holds;
        this.jobs = jobs;
        this.changes = changes;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A gate that holds nothing: for wiring without mutes. */
    public static FollowUpGate open(JobStore jobs, IncidentChanges changes, Clock clock) {
        return new FollowUpGate(Holds.none(), jobs, changes, SuppressionMetrics.noOp(), clock);
    }

    /**
     * Whether {@code job}'s work ({@code what}: "notification to oncall (created)") on {@code incident}
     * may go ahead now. False when it was held (and queued again) or dropped; both are on the timeline.
     */
    boolean mayProceed(Job job, Incident incident, String what) {
        Instant now = clock.instant();
        List<Hold> held = holds.on(incident, now);
        String heldBefore = job.payload().get(HELD_BY);
        if (!held.isEmpty()) {
            String heldBy = describe(held);
            if (!heldBy.equals(heldBefore)) {
                held.forEach(hold -> metrics.followUpHeld(hold.reason()));
                changes.apply(incident.id(), (fresh, at) -> fresh.annotate(TimelineEntryKind.HELD, "suppression",
                        what + " held: " + heldBy, at));
            }
            lookAgainLater(job, heldBy, now);
            return false;
        }
        if (heldBefore != null && incident.state() != IncidentState.NEW) {
            changes.apply(incident.id(), (fresh, at) -> fresh.annotate(TimelineEntryKind.HELD, "suppression",
                    what + " no longer held, not sent: the incident is " + incident.state(), at));
            return false;
        }
        if (heldBefore != null) {
            changes.apply(incident.id(), (fresh, at) -> fresh.annotate(TimelineEntryKind.HELD, "suppression",
                    what + " no longer held (was " + heldBefore + ")", at));
        }
        return true;
    }

    private void lookAgainLater(Job job, String heldBy, Instant now) {
        int looks = Integer.parseInt(job.payload().getOrDefault(HELD_LOOKS, "0")) + 1;
        long delay = Math.min(MAX_RECHECK_SECONDS, FIRST_RECHECK_SECONDS << Math.min(looks - 1, 10));
        Map<String, String> payload = new HashMap<>(job.payload());
        payload.put(HELD_LOOKS, String.valueOf(looks));
        payload.put(HELD_BY, heldBy);
        jobs.enqueue(new Job.NewJob(job.type(), job.queue(), payload, now.plus(Duration.ofSeconds(delay)),
                "held:" + job.id()));
    }

    /** "silenced by 3f2a…, 9c1d…; inhibited by …": every reason with what holds for it. */
    static String describe(List<Hold> held) {
        return held.stream().map(hold -> hold.reason().label() + " by " + String.join(", ", hold.by()))
                .collect(Collectors.joining("; "));
    }
}
