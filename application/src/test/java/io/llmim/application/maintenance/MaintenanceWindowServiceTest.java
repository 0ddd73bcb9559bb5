package io.llmim.application.maintenance;

import io.llmim.application.port.in.MaintenanceWindowNotFoundException;
import io.llmim.application.port.in.ManageMaintenanceWindowsUseCase.WindowDraft;
import io.llmim.application.testing.InMemoryMaintenanceWindowRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.maintenance.MaintenanceWindow;
import io.llmim.domain.maintenance.TimeInterval;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.llmim.application.testing.MaintenanceWindowBuilder.aWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaintenanceWindowServiceTest {

    private static final Instant T0 = Instant.parse("2026-06-07T01:00:00Z");

    private final InMemoryMaintenanceWindowRepository windows = new InMemoryMaintenanceWindowRepository();
    private final MutableClock clock = new MutableClock(T0);
    private final MaintenanceWindowService service = new MaintenanceWindowService(windows, clock);

    private static WindowDraft draft(String name) {
        return new WindowDraft(name, List.of(LabelMatcher.parse("service=chat")), List.of(TimeInterval.always()),
                "alice", "rollout");
    }

    @Test
    void a_created_window_gets_an_id_and_its_creation_time_and_is_stored() {
        MaintenanceWindow created = service.create(draft("rollout"));

        assertThat(created.id()).isNotBlank();
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(windows.findById(created.id())).contains(created);
    }

    @Test
    void a_replaced_window_keeps_its_id_and_creation_time() {
        MaintenanceWindow created = service.create(draft("rollout"));
        clock.advance(Duration.ofMinutes(1));

        MaintenanceWindow replaced = service.replace(created.id(), draft("nightly"));

        assertThat(replaced.id()).isEqualTo(created.id());
        assertThat(replaced.createdAt()).isEqualTo(T0);
        assertThat(replaced.updatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(service.get(created.id()).name()).isEqualTo("nightly");
    }

    @Test
    void an_unknown_window_cannot_be_read_replaced_or_deleted() {
        String unknown = "no-such-window";

        assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(MaintenanceWindowNotFoundException.class);
        assertThatThrownBy(() -> service.replace(unknown, draft("x"))).isInstanceOf(MaintenanceWindowNotFoundException.class);
        assertThatThrownBy(() -> service.delete(unknown)).isInstanceOf(MaintenanceWindowNotFoundException.class);
    }

    @Test
    void listing_at_an_instant_keeps_the_windows_active_then() {
        MaintenanceWindow sunday = aWindow().build();
        MaintenanceWindow always = aWindow().named("always").always().build();
        windows.add(sunday);
        windows.add(always);

        assertThat(service.list(Instant.parse("2026-06-08T12:00:00Z"))).containsExactly(always);
        assertThat(service.list(null)).containsExactly(always, sunday);
    }
}
