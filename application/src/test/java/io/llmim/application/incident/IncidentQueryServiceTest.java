package io.llmim.application.incident;

import io.llmim.application.testing.IncidentServices;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.PageCursor;
import io.llmim.domain.IncidentId;
import io.llmim.domain.MetricsPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentQueryServiceTest {

    private final IncidentServices services = IncidentServices.inMemory(MetricsPort.noOp());

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void a_page_size_outside_one_to_a_hundred_is_refused(int limit) {
        assertThatThrownBy(() -> services.queries().list(IncidentFilter.all(), limit, null))
                .isInstanceOf(InvalidIncidentDataException.class)
                .extracting(e -> ((InvalidIncidentDataException) e).field()).isEqualTo("limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64 !", "bm9waXBl", "MjAyNi18bm90LWEtdXVpZA"})
    void a_cursor_we_did_not_issue_is_refused(String cursor) {
        assertThatThrownBy(() -> PageCursor.decode(cursor))
                .isInstanceOf(InvalidIncidentDataException.class)
                .extracting(e -> ((InvalidIncidentDataException) e).field()).isEqualTo("cursor");
    }

    @Test
    void a_cursor_survives_its_round_trip() {
        services.report().report(anEvent().withTitle("one").build());
        services.report().report(anEvent().withTitle("two").build());
        PageCursor cursor = services.queries().list(IncidentFilter.all(), 1, null).nextCursor();

        assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void the_timeline_of_an_unknown_incident_is_not_found() {
        assertThatThrownBy(() -> services.queries().timeline(IncidentId.of(UUID.randomUUID())))
                .isInstanceOf(IncidentNotFoundException.class);
    }
}
