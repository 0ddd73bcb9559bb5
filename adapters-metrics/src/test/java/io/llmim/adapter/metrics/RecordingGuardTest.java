package io.llmim.adapter.metrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Graceful degradation: failures are contained, and enough of them switch recording off for a while. */
class RecordingGuardTest {

    private final AtomicLong now = new AtomicLong();
    private final RecordingGuard guard = new RecordingGuard(3, Duration.ofSeconds(60), now::get);

    @Test
    void a_success_resets_the_streak() {
        guard.failed(new IllegalStateException("1"));
        guard.failed(new IllegalStateException("2"));
        guard.succeeded();
        guard.failed(new IllegalStateException("3"));

        assertThat(guard.allows()).isTrue();
        assertThat(guard.totalFailures()).isEqualTo(3);
    }

    @Test
    void consecutive_failures_switch_recording_off_until_the_cool_down_ends() {
        for (int i = 0; i < 3; i++) {
            guard.failed(new IllegalStateException("broken"));
        }

        assertThat(guard.allows()).isFalse();
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(guard.allows()).isFalse();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(guard.allows()).isTrue();
        assertThat(guard.isOpen()).isFalse();
    }

    @Test
    void a_broken_meter_inside_the_adapter_is_contained_and_counted() {
        RecordingGuard adapterGuard = new RecordingGuard(2, Duration.ofSeconds(60), now::get);
        try (PrometheusMetrics metrics = PrometheusMetrics.create(TestSettings.onLoopback(), adapterGuard)) {
            // An enum constant the adapter never registered: the lookup fails inside the adapter.
            metrics.jobs().jobStarted(null);
            metrics.jobs().jobStarted(null);

            assertThat(metrics.recordingSwitchedOff()).isTrue();
            assertThat(Exposition.parse(metrics.scrape(null)).value("metrics_recording_failures_total",
                    java.util.Map.of())).isEqualTo(2.0);
        }
    }
}
