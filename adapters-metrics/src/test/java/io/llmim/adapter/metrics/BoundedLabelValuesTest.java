package io.llmim.adapter.metrics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each label value gets its meters once, whatever order the values come in, and no more than the limit. */
class BoundedLabelValuesTest {

    private final List<String> created = new ArrayList<>();
    private final BoundedLabelValues<String> sources = new BoundedLabelValues<>("source", 2, value -> {
        created.add(value);
        return "meters of " + value;
    });

    @Test
    void alternating_values_each_find_their_own_meters() {
        String first = sources.get("llm-shield");
        String second = sources.get("llm-sentinel");

        assertThat(sources.get(new String("llm-shield"))).isSameAs(first);
        assertThat(sources.get("llm-sentinel")).isSameAs(second);
        assertThat(sources.get("llm-shield")).isSameAs(first);
        assertThat(created).containsExactly("llm-shield", "llm-sentinel");
    }

    @Test
    void values_past_the_limit_share_the_other_meters() {
        sources.get("llm-shield");
        sources.get("llm-sentinel");

        assertThat(sources.get("scanner-1")).isEqualTo("meters of other");
        assertThat(sources.get("scanner-2")).isEqualTo("meters of other");
        assertThat(sources.get("llm-shield")).isEqualTo("meters of llm-shield");
        assertThat(sources.size()).isEqualTo(3);
    }
}
