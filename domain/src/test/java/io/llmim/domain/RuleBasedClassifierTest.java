package io.llmim.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBasedClassifierTest {

    private final RuleBasedClassifier classifier = new RuleBasedClassifier();

    private static Event unclassified(String source, String title, Map<String, String> labels) {
        return new Event(source, title, null, null, null, null, labels, null);
    }

    @Test
    void explicit_labels_win_over_keywords() {
        Classification verdict = classifier.classify(unclassified("x", "latency is slow",
                Map.of("severity", "critical", "category", "cost")));

        assertThat(verdict).isEqualTo(new Classification(Severity.P0, Category.COST, 0.9, "rules"));
    }

    @Test
    void keywords_in_the_title_decide_when_labels_are_silent() {
        Classification verdict = classifier.classify(unclassified("x", "Prompt injection attempt detected", Map.of()));

        assertThat(verdict.category()).isEqualTo(Category.SECURITY);
    }

    @Test
    void the_sending_system_decides_when_the_text_is_silent() {
        Classification verdict = classifier.classify(unclassified("llm-governance-core", "rule 17 fired", Map.of()));

        assertThat(verdict.category()).isEqualTo(Category.COMPLIANCE);
    }

    @Test
    void an_event_that_says_nothing_is_other_at_p3_with_low_confidence() {
        Classification verdict = classifier.classify(unclassified("x", "something happened", Map.of()));

        assertThat(verdict).isEqualTo(new Classification(Severity.P3, Category.OTHER, 0.3, "rules"));
    }

    @Test
    void the_same_event_always_gets_the_same_verdict() {
        Event event = unclassified("llm-edge-agent", "gateway down in eu-west", Map.of());

        assertThat(classifier.classify(event)).isEqualTo(classifier.classify(event));
    }
}
