package io.llmim.application.job;

import io.llmim.application.incident.IncidentClock;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.application.suppression.Holds;
import io.llmim.application.suppression.SilenceHolds;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.InMemorySilenceRepository;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.RecordingSuppressionMetrics;
import io.llmim.domain.Incident;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.Severity;
import io.llmim.domain.Silence;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/** Notifications and escalations of a silenced incident wait for the silence to end; see {@link FollowUpGate}. */
class HeldFollowUpsTest {

    private final IncidentServices services = IncidentServices.inMemory();
    private final InMemoryJobStore jobs = new InMemoryJobStore();
    private final InMemorySilenceRepository silences = new InMemorySilenceRepository();
    private final RecordingSuppressionMetrics metrics = new RecordingSuppressionMetrics();
    private final FollowUpGate gate = new FollowUpGate(new Holds(List.of(new SilenceHolds(silences))), jobs,
            services.changes(), metrics, services.clock());
    private final List<String> sent = new ArrayList<>();
    private final NotificationJob notifications = new NotificationJob(services.repository(),
            List.of(new WebhookSender.Webhook("oncall", "http://127.0.0.1:9/hook", "generic", Severity.P4)),
            (webhook, incident, event, key) -> sent.add(webhook.name() + " " + event), jobs, services.clock(),
            services.changes(), gate);
    private final Incident incident = stored();

    private Incident stored() {
        Incident stored = anIncident().build();
        services.repository().add(stored);
        return stored;
    }

    private Silence silenceFor(Duration duration) {
        Instant now = services.clock().instant();
        Silence silence = new Silence("silence-1", List.of(LabelMatcher.of("source", LabelMatcher.MatchType.EQUAL,
                incident.source())), now, now.plus(duration), "alice", "rollout", now, null);
        silences.save(silence);
        return silence;
    }

    private Job notification() {
        return JobFixtures.claimed(JobType.NOTIFICATION, incident.id(), Map.of("webhook", "oncall", "event", "created"));
    }

    private Job nextDueJob() {
        services.clock().advance(Duration.ofSeconds(FollowUpGate.MAX_RECHECK_SECONDS));
        Job due = jobs.claimNext(JobQueue.HIGH_PRIORITY, services.clock().instant(), Duration.ofMinutes(5)).orElseThrow();
        jobs.complete(due);
        return due;
    }

    private List<String> heldEntries() {
        return services.repository().timeline(incident.id()).stream()
                .filter(entry -> entry.kind() == TimelineEntryKind.HELD).map(TimelineEntry::detail).toList();
    }

    @Test
    void a_silenced_incidents_notification_is_not_sent_and_the_timeline_names_the_silence() {
        silenceFor(Duration.ofHours(1));

        notifications.handle(notification());

        assertThat(sent).isEmpty();
        assertThat(heldEntries()).containsExactly("notification to oncall (created) held: silenced by silence-1");
        assertThat(metrics.held()).containsExactly("silenced");
    }

    @Test
    void a_held_notification_is_queued_again_to_look_later() {
        silenceFor(Duration.ofHours(1));

        notifications.handle(notification());

        Job again = nextDueJob();
        assertThat(again.type()).isEqualTo(JobType.NOTIFICATION);
        assertThat(again.payload()).containsEntry("webhook", "oncall").containsEntry(FollowUpGate.HELD_LOOKS, "1");
    }

    @Test
    void looking_again_while_the_same_silence_holds_adds_nothing_to_the_timeline() {
        silenceFor(Duration.ofHours(1));
        notifications.handle(notification());

        notifications.handle(nextDueJob());

        assertThat(heldEntries()).hasSize(1);
        assertThat(nextDueJob().payload()).containsEntry(FollowUpGate.HELD_LOOKS, "2");
    }

    @Test
    void the_held_notification_goes_out_when_the_silence_ends_on_an_unacknowledged_incident() {
        silenceFor(Duration.ofSeconds(30));
        notifications.handle(notification());

        notifications.handle(nextDueJob());

        assertThat(sent).containsExactly("oncall created");
        assertThat(heldEntries()).last().asString().contains("no longer held");
    }

    @Test
    void the_held_notification_is_dropped_when_the_incident_was_acknowledged_meanwhile() {
        silenceFor(Duration.ofSeconds(30));
        notifications.handle(notification());
        services.lifecycle().acknowledge(incident.id(), "bob");

        notifications.handle(nextDueJob());

        assertThat(sent).isEmpty();
        assertThat(heldEntries()).last().asString().contains("not sent: the incident is ACKNOWLEDGED");
    }

    @Test
    void an_unsilenced_incidents_notification_goes_out_at_once() {
        notifications.handle(notification());

        assertThat(sent).containsExactly("oncall created");
        assertThat(heldEntries()).isEmpty();
    }

    @Test
    void a_silenced_incident_is_not_escalated_until_the_silence_ends() {
        silenceFor(Duration.ofSeconds(30));
        EscalationJob escalation = new EscalationJob(List.of(new IncidentFollowUps.EscalationPolicy(
                Set.of(incident.severity()), Duration.ofMinutes(5), List.of("oncall"))), jobs,
                new IncidentClock(services.clock()), services.changes(), services.repository(), gate);

        escalation.handle(JobFixtures.claimed(JobType.ESCALATION, incident.id(), Map.of("policy", "0")));
        boolean escalatedWhileSilenced = services.repository().timeline(incident.id()).stream()
                .anyMatch(entry -> entry.kind() == TimelineEntryKind.ESCALATED);
        escalation.handle(nextDueJob());

        assertThat(escalatedWhileSilenced).isFalse();
        assertThat(services.repository().timeline(incident.id())).extracting(TimelineEntry::kind)
                .contains(TimelineEntryKind.ESCALATED);
    }
}
