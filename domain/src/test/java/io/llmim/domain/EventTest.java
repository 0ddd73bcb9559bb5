package io.llmim.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTest {

    @Test
    void a_missing_source_is_refused_by_name() {
        assertThatThrownBy(() -> new Event(" ", "t", null, null, null, null, null, null))
                .isInstanceOf(InvalidIncidentDataException.class)
                .extracting(e -> ((InvalidIncidentDataException) e).field()).isEqualTo("source");
    }

    @Test
    void an_over_long_title_is_refused_by_name() {
        String title = "x".repeat(Event.MAX_TITLE_LENGTH + 1);

        assertThatThrownBy(() -> new Event("s", title, null, null, null, null, null, null))
                .isInstanceOf(InvalidIncidentDataException.class)
                .extracting(e -> ((InvalidIncidentDataException) e).field()).isEqualTo("title");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"source", "title", "description", "dedup_key", "labels.team"})
    void text_with_a_nul_character_is_refused_by_name(String field) {
        assertThatThrownBy(() -> eventWith(field, "a\u0000b"))
                .isInstanceOf(InvalidIncidentDataException.class)
                .extracting(e -> ((InvalidIncidentDataException) e).field()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a\ud800b", "a\udc00b", "ab\ud800"})
    void text_with_an_unpaired_surrogate_is_refused(String title) {
        assertThatThrownBy(() -> new Event("s", title, null, null, null, null, null, null))
                .isInstanceOf(InvalidIncidentDataException.class)
                .extracting(e -> ((InvalidIncidentDataException) e).field()).isEqualTo("title");
    }

    @Test
    void a_surrogate_pair_is_text_like_any_other() {
        assertThat(new Event("s", "fire \ud83d\udd25", null, null, null, null, null, null).title())
                .isEqualTo("fire 🔥");
    }

    private static Event eventWith(String field, String text) {
        return new Event(field.equals("source") ? text : "s", field.equals("title") ? text : "t",
                field.equals("description") ? text : null, null, null, field.equals("dedup_key") ? text : null,
                field.equals("labels.team") ? Map.of("team", text) : null, null);
    }

    @Test
    void too_many_labels_are_refused() {
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i <= Event.MAX_LABELS; i++) {
            labels.put("k" + i, "v");
        }

        assertThatThrownBy(() -> new Event("s", "t", null, null, null, null, labels, null))
                .isInstanceOf(InvalidIncidentDataException.class)
                .extracting(e -> ((InvalidIncidentDataException) e).field()).isEqualTo("labels");
    }

    @Test
    void a_label_value_that_is_null_is_refused_naming_the_label() {
        Map<String, String> labels = new HashMap<>();
        labels.put("service", null);

        assertThatThrownBy(() -> new Event("s", "t", null, null, null, null, labels, null))
                .isInstanceOf(InvalidIncidentDataException.class)
                .extracting(e -> ((InvalidIncidentDataException) e).field()).isEqualTo("labels.service");
    }

    @Test
    void severity_and_category_parse_as_written_on_the_wire() {
        assertThat(Severity.parse("p1")).isEqualTo(Severity.P1);
        assertThat(Category.parse("Security")).isEqualTo(Category.SECURITY);
        assertThat(IncidentState.parse("in_progress")).isEqualTo(IncidentState.IN_PROGRESS);
        assertThatThrownBy(() -> Severity.parse("P5")).isInstanceOf(InvalidIncidentDataException.class);
        assertThatThrownBy(() -> Category.parse("weather")).isInstanceOf(InvalidIncidentDataException.class);
    }
}
