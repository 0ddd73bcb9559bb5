package io.llmim.application.testing;

import io.llmim.application.port.out.MaintenanceWindowRepository;
import io.llmim.domain.maintenance.MaintenanceWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.llmim.application.testing.MaintenanceWindowBuilder.aWindow;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link MaintenanceWindowRepository} must do; each implementation's test supplies an empty one. */
public abstract class MaintenanceWindowRepositoryContract {

    private MaintenanceWindowRepository windows;

    protected abstract MaintenanceWindowRepository emptyRepository();

    @BeforeEach
    void startEmpty() {
        windows = emptyRepository();
    }

    @Test
    void an_added_window_reads_back_equal_with_its_matchers_and_intervals() {
        MaintenanceWindow window = aWindow().matching("service=\"chat\"", "env=~\"prod|staging\"", "team!=\"a \\\"b\\\"\"")
                .build();

        windows.add(window);

        assertThat(windows.findById(window.id())).contains(window);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(windows.findById("8a1c1f0e-0000-4000-8000-000000000000")).isEmpty();
    }

    @Test
    void replacing_a_window_stores_the_new_version_whole() {
        MaintenanceWindow window = aWindow().build();
        windows.add(window);
        MaintenanceWindow replacement = aWindow().withId(window.id()).named("nightly").matching("env=\"prod\"").always()
                .build();

        boolean replaced = windows.replace(replacement);

        assertThat(replaced).isTrue();
        assertThat(windows.findById(window.id())).contains(replacement);
    }

    @Test
    void replacing_an_unknown_window_stores_nothing() {
        MaintenanceWindow window = aWindow().build();

        assertThat(windows.replace(window)).isFalse();
        assertThat(windows.all()).isEmpty();
    }

    @Test
    void removing_a_window_deletes_it_once() {
        MaintenanceWindow window = aWindow().build();
        windows.add(window);

        assertThat(windows.remove(window.id())).isTrue();
        assertThat(windows.remove(window.id())).isFalse();
        assertThat(windows.findById(window.id())).isEmpty();
    }

    @Test
    void all_lists_every_window_by_name() {
        MaintenanceWindow zeta = aWindow().named("zeta").createdAt(Instant.parse("2026-06-01T09:00:00Z")).build();
        MaintenanceWindow alpha = aWindow().named("alpha").createdAt(Instant.parse("2026-06-02T09:00:00Z")).build();
        windows.add(zeta);
        windows.add(alpha);

        assertThat(windows.all()).containsExactly(alpha, zeta);
    }
}
