package io.llmim.adapter.metrics;

import io.llmim.application.port.out.SuppressionMetrics.AlertOutcome;
import io.llmim.application.suppression.HoldReason;
import io.llmim.domain.SilenceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The muting families of docs/metrics.md ("Beside the specification: muting"), as a scrape shows them. */
class SuppressionMetricsTest {

    private final PrometheusMetrics metrics = PrometheusMetrics.create(MetricsSettings.defaults());

    @AfterEach
    void close() {
        metrics.close();
    }

    private Exposition scrape() {
        return Exposition.parse(metrics.scrape(null));
    }

    @Test
    void silences_are_a_gauge_by_state() {
        metrics.suppression().silencesCounted(SilenceState.ACTIVE, 3);

        assertThat(scrape().typeOf("alertmanager_silences")).isEqualTo("gauge");
        assertThat(scrape().value("alertmanager_silences", Map.of("state", "active"))).isEqualTo(3.0);
        assertThat(scrape().value("alertmanager_silences", Map.of("state", "pending"))).isZero();
    }

    @Test
    void held_notifications_are_counted_by_reason() {
        metrics.suppression().followUpHeld(HoldReason.SILENCED);
        metrics.suppression().followUpHeld(HoldReason.SILENCED);

        assertThat(scrape().value("notifications_held_total", Map.of("reason", "silenced"))).isEqualTo(2.0);
        assertThat(scrape().value("notifications_held_total", Map.of("reason", "maintenance"))).isZero();
    }

    @Test
    void alerts_received_on_the_v2_api_are_counted_by_outcome() {
        metrics.suppression().alertsReceived(AlertOutcome.ACCEPTED, 100);
        metrics.suppression().alertsReceived(AlertOutcome.INVALID, 1);

        assertThat(scrape().value("alertmanager_alerts_received_total", Map.of("outcome", "accepted"))).isEqualTo(100.0);
        assertThat(scrape().value("alertmanager_alerts_received_total", Map.of("outcome", "invalid"))).isEqualTo(1.0);
    }
}
