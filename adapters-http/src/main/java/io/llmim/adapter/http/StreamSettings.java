package io.llmim.adapter.http;

import static io.llmim.application.settings.SettingChecks.atLeast;
import static io.llmim.application.settings.SettingChecks.positive;

/**
 * {@code [stream]}: the live change stream ({@code GET /v1/events}). The log keeps changes for
 * {@code retentionHours} (0 keeps them forever); each instance looks for changes made by any of
 * them every {@code pollMillis}; an idle connection gets a heartbeat comment every
 * {@code heartbeatSeconds}; a connection whose client has stopped taking what it is sent is closed
 * once it is {@code maxLagChanges} changes behind.
 */
public record StreamSettings(int retentionHours, int pollMillis, int heartbeatSeconds, int maxLagChanges) {

    public StreamSettings {
        atLeast("retention_hours", retentionHours, 0);
        positive("poll_millis", pollMillis);
        positive("heartbeat_seconds", heartbeatSeconds);
        positive("max_lag_changes", maxLagChanges);
    }
}
