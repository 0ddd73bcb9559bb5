package io.llmim.adapter.persistence;

import io.llmim.domain.IncidentId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    private final TimeOrderedIds ids = new TimeOrderedIds();

    @Test
    void ids_sort_as_text_in_the_order_they_were_made() {
        // given ids made one after another, many within the same millisecond
        List<String> made = IntStream.range(0, 10_000).mapToObj(i -> ids.next().toString()).toList();

        // when the store sorts them as text (the id column)
        List<String> sorted = new ArrayList<>(made);
        sorted.sort(null);

        // then the index order is the creation order and no id repeats
        assertThat(sorted).isEqualTo(made).doesNotHaveDuplicates();
    }

    @Test
    void ids_are_version_seven_uuids() {
        IncidentId id = ids.next();

        assertThat(UUID.fromString(id.toString()).version()).isEqualTo(7);
    }
}
