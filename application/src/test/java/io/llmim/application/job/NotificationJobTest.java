package io.llmim.application.job;

import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.WebhookSender;
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
    private final NotificationJob notifications = new NotificationJob(services.repository(), List.of(oncall),
            (webhook, incident, event) -> sent.add(webhook.name() + " " + event + " " + incident.id().value()),
            services.changes());

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
