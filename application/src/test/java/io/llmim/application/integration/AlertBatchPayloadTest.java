package io.llmim.application.integration;

import io.llmim.application.port.in.AlertmanagerNotification;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertBatchPayloadTest {

    @Test
    void a_notification_reads_back_as_it_was_written() {
        AlertmanagerNotification notification = new AlertmanagerNotification("{}:{alertname=\"GpuHot\"}", "firing",
                "incidents", Map.of("alertname", "GpuHot"), Map.of("service", "chat", "odd.name", "a=b&c"),
                Map.of("summary", "GPU hot ✓"), "http://alertmanager:9093", 3, List.of(
                        new AlertmanagerNotification.Alert("firing", Map.of("instance", "gpu-1"), Map.of(),
                                Instant.parse("2026-06-01T09:00:00Z"), null, null, "f1"),
                        new AlertmanagerNotification.Alert("resolved", Map.of(), Map.of("runbook", "x"),
                                Instant.parse("2026-06-01T09:00:00Z"), Instant.parse("2026-06-01T09:05:00Z"),
                                "http://prometheus/graph", "f2")));

        assertThat(AlertBatchPayload.decode(AlertBatchPayload.encode(notification))).isEqualTo(notification);
    }

    @Test
    void a_payload_of_another_form_fails_the_job_for_good() {
        assertThatThrownBy(() -> AlertBatchPayload.decode(Map.of("notification", "{\"alerts\": []}")))
                .isInstanceOfSatisfying(JobFailedException.class,
                        e -> assertThat(e.type()).isEqualTo(JobErrorType.VALIDATION_ERROR));
    }
}
