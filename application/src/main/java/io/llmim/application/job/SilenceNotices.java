package io.llmim.application.job;

import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.application.suppression.MatchableLabels;
import io.llmim.application.suppression.SilenceEvents;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Silence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the webhooks when a silence begins and when it ends while what it matched still fires: a
 * notification job per webhook for each active incident the silence matches, with the event
 * {@code silence-created <id>} or {@code silence-expired <id>}. Those events are never held (they
 * are the news of the mute itself), and their job keys make a notice queued twice (two instances
 * seeing the same end) one notice. At most {@value #MAX_INCIDENTS} incidents per state are looked at.
 */
public final class SilenceNotices implements SilenceEvents {

    /** The start of every event about a silence; {@link NotificationJob} lets them through a hold. */
    static final String EVENT_PREFIX = "silence-";
    static final int MAX_INCIDENTS = 100;
    private static final List<IncidentState> ACTIVE = List.of(IncidentState.NEW, IncidentState.ACKNOWLEDGED,
            IncidentState.IN_PROGRESS);

    private final IncidentRepository incidents;
    private final JobStore jobs;
    private final List<WebhookSender.Webhook> webhooks;
    private final Clock clock;

    public SilenceNotices(IncidentRepository incidents, JobStore jobs, List<WebhookSender.Webhook> webhooks, Clock clock) {
        this.incidents = incidents;
        this.jobs = jobs;
        this.webhooks = List.copyOf(webhooks);
        this.clock = clock;
    }

    static boolean isAboutASilence(String event) {
        return event.startsWith(EVENT_PREFIX);
    }

    @Override
    public void created(Silence silence) {
        notifyMatched(silence, EVENT_PREFIX + "created " + silence.id());
    }

    @Override
    public void ended(Silence silence) {
        notifyMatched(silence, EVENT_PREFIX + "expired " + silence.id());
    }

    private void notifyMatched(Silence silence, String event) {
        if (webhooks.isEmpty()) {
            return;
        }
        for (Incident incident : activeMatching(silence)) {
            for (WebhookSender.Webhook webhook : webhooks) {
                jobs.enqueue(NotificationJob.job(incident, webhook.name(), event, clock.instant()));
            }
        }
    }

    private List<Incident> activeMatching(Silence silence) {
        List<Incident> matching = new ArrayList<>();
        for (IncidentState state : ACTIVE) {
            IncidentPage page = incidents.list(new IncidentFilter(state, null, null, null), MAX_INCIDENTS, null);
            for (IncidentSnapshot snapshot : page.items()) {
                Incident incident = Incident.restore(snapshot);
                if (silence.matches(MatchableLabels.of(incident))) {
                    matching.add(incident);
                }
            }
        }
        return matching;
    }
}
