package io.llmim.adapter.http.console;

import io.llmim.application.port.in.ManageSilencesUseCase.SilenceStatus;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.SilenceState;
import io.llmim.domain.maintenance.MaintenanceWindow;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the silences page shows: the silences with their states, the maintenance windows as of
 * {@code now}, and the form that creates a window, as typed.
 */
public record SuppressionView(Chrome chrome, List<SilenceStatus> silences, List<MaintenanceWindow> windows,
                              Instant now, WindowForm windowForm) {

    /** Matchers as Alertmanager writes them: {@code {name="value", ...}}. */
    public static String matchers(List<LabelMatcher> matchers) {
        return matchers.stream().map(LabelMatcher::toString).collect(Collectors.joining(", ", "{", "}"));
    }

    public static boolean expirable(SilenceStatus status) {
        return status.state() != SilenceState.EXPIRED;
    }
}
