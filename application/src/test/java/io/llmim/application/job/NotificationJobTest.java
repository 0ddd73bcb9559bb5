package io.llmim.application.job;

import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.IncidentServices;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationJobTest {

    private final IncidentServices services = IncidentServices.inMemory();
    private final List<String> sent = new ArrayList<>();
    private final WebhookSender.Webhook oncall = new WebhookSender.Webhook("oncall", "http://127.0.0.1:9/hook",
            "generic", Severity.P4);
    private final List<String> keys = new ArrayList<>();
    private final InMemoryJobStore deliveries = new InMemoryJobStore();
    private final NotificationJob notifications = notifier(deliveries);

    private NotificationJob notifier(InMemoryJobStore store) {
        return new NotificationJob(services.repository(), List.of(oncall), (webhook, incident, event, key) -> {
            sent.add(webhook.name() + " " + event + " " + incident.id().value());
            keys.add(key);
        }, store, services.clock(), services.changes());
    }

    private Incident stored() {
        Incident incident = anIncident().build();
        services.repository().add(incident);
        return incident;
    }

    private static io.llmim.application.port.in.Job notify(IncidentId id, String webhook) {
        return JobFixtures.claimed(JobType.NOTIFICATION, id, Map.of("webhook", webhook, "event", "created"));
    }

    @Test
    void the_webhook_hears_of_the_incident_and_the_timeline_says_so() {
        Incident incident = stored();

        notifications.handle(notify(incident.id(), "oncall"));

        assertThat(sent).containsExactly("oncall created " + incident.id().value());
        assertThat(services.repository().timeline(incident.id())).last()
                .extracting(TimelineEntry::kind, TimelineEntry::detail)
                .containsExactly(TimelineEntryKind.NOTIFIED, "notified oncall (created)");
    }

    @Test
    void the_delivery_is_recorded_under_the_key_the_webhook_was_sent() {
        Incident incident = stored();

        notifications.handle(notify(incident.id(), "oncall"));

        assertThat(deliveries.isDelivered(keys.get(0))).isTrue();
    }

    @Test
    void a_job_retried_after_its_delivery_only_notes_it_on_the_timeline() {
        Incident incident = stored();
        deliveries.recordDelivery(NotificationJob.idempotencyKey(incident.id(), "oncall", "created"),
                services.clock().instant());

        notifications.handle(notify(incident.id(), "oncall"));

        assertThat(sent).isEmpty();
        assertThat(services.repository().timeline(incident.id())).last()
                .extracting(TimelineEntry::kind).isEqualTo(TimelineEntryKind.NOTIFIED);
    }

    @Test
    void every_attempt_on_every_instance_sends_the_same_idempotency_key() {
        Incident incident = stored();

        notifier(new InMemoryJobStore()).handle(notify(incident.id(), "oncall"));
        notifier(new InMemoryJobStore()).handle(notify(incident.id(), "oncall"));

        assertThat(sent).hasSize(2);
        assertThat(keys).containsExactly(keys.get(0), keys.get(0));
    }

    @Test
    void events_webhooks_and_incidents_each_have_their_own_key() {
        IncidentId incident = IncidentId.of(UUID.randomUUID());

        assertThat(List.of(NotificationJob.idempotencyKey(incident, "oncall", "created"),
                NotificationJob.idempotencyKey(incident, "oncall", "escalated-0"),
                NotificationJob.idempotencyKey(incident, "pager", "created"),
                NotificationJob.idempotencyKey(IncidentId.of(UUID.randomUUID()), "oncall", "created"),
                NotificationJob.idempotencyKey(incident, "a:b", "c"),
                NotificationJob.idempotencyKey(incident, "a", "b:c"))).doesNotHaveDuplicates();
    }

    @Test
    void an_unknown_webhook_fails_for_good() {
        Incident incident = stored();

        assertThatThrownBy(() -> notifications.handle(notify(incident.id(), "nobody")))
                .isInstanceOfSatisfying(JobFailedException.class,
                        e -> assertThat(e.type()).isEqualTo(JobErrorType.VALIDATION_ERROR));
        assertThat(sent).isEmpty();
    }

    @Test
    void an_unknown_incident_fails_for_good() {
        assertThatThrownBy(() -> notifications.handle(notify(IncidentId.of(UUID.randomUUID()), "oncall")))
                .isInstanceOfSatisfying(JobFailedException.class,
                        e -> assertThat(e.type()).isEqualTo(JobErrorType.VALIDATION_ERROR));
    }
}
