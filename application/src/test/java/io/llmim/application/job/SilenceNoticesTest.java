package io.llmim.application.job;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.application.suppression.Holds;
import io.llmim.application.suppression.SilenceHolds;
import io.llmim.application.suppression.SilenceService;
import io.llmim.application.suppression.SilenceSweep;
import io.llmim.application.port.in.ManageSilencesUseCase.SilenceDraft;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.InMemorySilenceRepository;
import io.llmim.application.testing.IncidentServices;
import io.llmim.application.testing.RecordingSuppressionMetrics;
import io.llmim.domain.Incident;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.Severity;
import io.llmim.domain.SilenceState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/** The webhooks hear when a silence begins and when it ends over incidents still firing; tied silences end with their incident. */
class SilenceNoticesTest {

    private final IncidentServices services = IncidentServices.inMemory();
    private final InMemoryJobStore jobs = new InMemoryJobStore();
    private final InMemorySilenceRepository silences = new InMemorySilenceRepository();
    private final List<WebhookSender.Webhook> webhooks = List.of(
            new WebhookSender.Webhook("oncall", "http://127.0.0.1:9/hook", "generic", Severity.P4));
    private final SilenceNotices notices = new SilenceNotices(services.repository(), jobs, webhooks, services.clock());
    private final SilenceService service = new SilenceService(silences, services.repository(), services.clock(), notices);
    private final RecordingSuppressionMetrics metrics = new RecordingSuppressionMetrics();
    private final SilenceSweep sweep = new SilenceSweep(silences, services.repository(), services.clock(), metrics,
            notices);

    private Incident stored(String service) {
        Incident incident = anIncident().from(anEvent().withLabel("service", service)).build();
        services.repository().add(incident);
        return incident;
    }

    private String silence(String matcher, Duration duration) {
        Instant now = services.clock().instant();
        return service.save(new SilenceDraft(Optional.empty(), List.of(LabelMatcher.parse(matcher)), now,
                now.plus(duration), "alice", "rollout"));
    }

    private List<String> queuedEvents() {
        List<String> events = new ArrayList<>();
        Optional<Job> job;
        while ((job = jobs.claimNext(io.llmim.application.port.in.JobQueue.HIGH_PRIORITY,
                services.clock().instant(), Duration.ofMinutes(1))).isPresent()) {
            events.add(job.get().payload().get("event") + " " + job.get().payload().get("incident_id"));
            jobs.complete(job.get());
        }
        return events;
    }

    @Test
    void a_new_silence_is_told_to_the_webhooks_for_each_active_incident_it_matches() {
        Incident chat = stored("chat");
        stored("search");

        String id = silence("service=chat", Duration.ofHours(1));

        assertThat(queuedEvents()).containsExactly("silence-created " + id + " " + chat.id().value());
    }

    @Test
    void a_silence_that_ends_over_a_firing_incident_is_told_once() {
        Incident chat = stored("chat");
        String id = silence("service=chat", Duration.ofMinutes(1));
        queuedEvents();
        services.clock().advance(Duration.ofMinutes(2));

        sweep.sweep();
        sweep.sweep();

        assertThat(queuedEvents()).containsExactly("silence-expired " + id + " " + chat.id().value());
    }

    @Test
    void a_silence_ending_over_nothing_firing_is_not_told() {
        Incident chat = stored("chat");
        silence("service=chat", Duration.ofMinutes(1));
        queuedEvents();
        services.lifecycle().resolve(chat.id(), "bob", "fixed", null);
        services.clock().advance(Duration.ofMinutes(2));

        sweep.sweep();

        assertThat(queuedEvents()).isEmpty();
    }

    @Test
    void the_news_of_a_silence_goes_out_although_the_silence_holds_the_incident() {
        Incident chat = stored("chat");
        String id = silence("service=chat", Duration.ofHours(1));
        List<String> sent = new ArrayList<>();
        NotificationJob notifications = new NotificationJob(services.repository(), webhooks,
                (webhook, incident, event, key) -> sent.add(event), jobs, services.clock(), services.changes(),
                new FollowUpGate(new Holds(List.of(new SilenceHolds(silences))), jobs, services.changes(), metrics,
                        services.clock()));

        notifications.handle(JobFixtures.claimed(io.llmim.application.port.in.JobType.NOTIFICATION, chat.id(),
                Map.of("webhook", "oncall", "event", "silence-created " + id)));

        assertThat(sent).containsExactly("silence-created " + id);
    }

    @Test
    void a_silence_tied_to_an_incident_ends_when_the_incident_resolves() {
        Incident chat = stored("chat");
        String id = service.silenceIncident(chat.id(), Optional.empty(), "looking", "bob").silence().id();
        services.lifecycle().resolve(chat.id(), "bob", "fixed", null);

        assertThat(sweep.sweep()).isEqualTo(1);

        assertThat(service.find(id)).get().extracting(status -> status.state()).isEqualTo(SilenceState.EXPIRED);
    }

    @Test
    void a_silence_tied_to_an_active_incident_stays() {
        Incident chat = stored("chat");
        String id = service.silenceIncident(chat.id(), Optional.empty(), "looking", "bob").silence().id();

        sweep.sweep();

        assertThat(service.find(id)).get().extracting(status -> status.state()).isEqualTo(SilenceState.ACTIVE);
        assertThat(metrics.silences()).containsEntry(SilenceState.ACTIVE, 1L).containsEntry(SilenceState.EXPIRED, 0L);
    }
}
