package io.llmim.application.maintenance;

import io.llmim.application.suppression.Hold;
import io.llmim.application.suppression.HoldReason;
import io.llmim.application.suppression.MatchableLabels;
import io.llmim.application.testing.InMemoryMaintenanceWindowRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.domain.Incident;
import io.llmim.domain.maintenance.MaintenanceWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static io.llmim.application.testing.MaintenanceWindowBuilder.aWindow;
import static org.assertj.core.api.Assertions.assertThat;

class MaintenanceWindowHoldsTest {

    // Sunday 7 June 2026, 03:00 in Paris: inside the builder's default window.
    private static final Instant SUNDAY_3AM_PARIS = Instant.parse("2026-06-07T01:00:00Z");
    private static final Instant MONDAY = Instant.parse("2026-06-08T01:00:00Z");

    private final InMemoryMaintenanceWindowRepository windows = new InMemoryMaintenanceWindowRepository();
    private final MutableClock clock = new MutableClock(SUNDAY_3AM_PARIS);
    private final MaintenanceWindowHolds holds = new MaintenanceWindowHolds(windows, clock, Duration.ofSeconds(5));
    private final Incident chatIncident = anIncident().from(anEvent().withLabel("service", "chat")).build();

    @Test
    void an_active_window_whose_matchers_match_holds_the_incident_naming_the_windows() {
        MaintenanceWindow sunday = aWindow().build();
        MaintenanceWindow always = aWindow().named("always").always().build();
        windows.add(sunday);
        windows.add(always);

        assertThat(holds.holdOn(chatIncident, MatchableLabels.of(chatIncident), SUNDAY_3AM_PARIS))
                .contains(new Hold(HoldReason.MAINTENANCE, java.util.List.of(always.id(), sunday.id())));
    }

    @Test
    void a_window_outside_its_intervals_holds_nothing() {
        windows.add(aWindow().build());

        assertThat(holds.holdOn(chatIncident, MatchableLabels.of(chatIncident), MONDAY)).isEmpty();
    }

    @Test
    void a_window_whose_matchers_do_not_match_holds_nothing() {
        windows.add(aWindow().matching("service=\"embeddings\"").always().build());

        assertThat(holds.holdOn(chatIncident, MatchableLabels.of(chatIncident), SUNDAY_3AM_PARIS)).isEmpty();
    }

    @Test
    void matchers_see_severity_source_and_category() {
        windows.add(aWindow().matching("source=\"" + chatIncident.source() + "\"",
                "severity=\"" + chatIncident.severity().name() + "\"").always().build());

        assertThat(holds.holdOn(chatIncident, MatchableLabels.of(chatIncident), SUNDAY_3AM_PARIS)).isPresent();
    }

    @Test
    void the_windows_are_read_once_per_refresh_and_again_after_it() {
        windows.add(aWindow().always().build());

        holds.holdOn(chatIncident, MatchableLabels.of(chatIncident), SUNDAY_3AM_PARIS);
        holds.holdOn(chatIncident, MatchableLabels.of(chatIncident), SUNDAY_3AM_PARIS);
        int withinRefresh = windows.reads();
        clock.advance(Duration.ofSeconds(5));
        holds.holdOn(chatIncident, MatchableLabels.of(chatIncident), SUNDAY_3AM_PARIS);

        assertThat(withinRefresh).isEqualTo(1);
        assertThat(windows.reads()).isEqualTo(2);
    }
}
