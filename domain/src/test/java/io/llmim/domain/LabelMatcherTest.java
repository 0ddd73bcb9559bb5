package io.llmim.domain;

import io.llmim.domain.LabelMatcher.MatchType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Alertmanager's matcher semantics, with the cases of its own tests (pkg/labels/matcher_test.go, parse_test.go). */
class LabelMatcherTest {

    static Stream<Arguments> alertmanagers_matcher_cases() {
        return Stream.of(
                arguments(MatchType.EQUAL, "bar", "bar", true),
                arguments(MatchType.EQUAL, "bar", "foo-bar", false),
                arguments(MatchType.NOT_EQUAL, "bar", "bar", false),
                arguments(MatchType.NOT_EQUAL, "bar", "foo-bar", true),
                arguments(MatchType.REGEX, "bar", "bar", true),
                arguments(MatchType.REGEX, "bar", "foo-bar", false),
                arguments(MatchType.REGEX, ".*bar", "foo-bar", true),
                arguments(MatchType.NOT_REGEX, "bar", "bar", false),
                arguments(MatchType.NOT_REGEX, "bar", "foo-bar", true),
                arguments(MatchType.NOT_REGEX, ".*bar", "foo-bar", false),
                arguments(MatchType.REGEX, "foo.bar", "foo-bar", true),
                arguments(MatchType.REGEX, "foo\\.bar", "foo-bar", false),
                arguments(MatchType.REGEX, "foo\\.bar", "foo.bar", true),
                arguments(MatchType.EQUAL, "foo\nbar", "foo\nbar", true),
                arguments(MatchType.REGEX, "foo.bar", "foo\nbar", false),
                arguments(MatchType.REGEX, "(?s)foo.bar", "foo\nbar", true),
                arguments(MatchType.EQUAL, "~!=\"", "~!=\"", true));
    }

    @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
    @MethodSource
    void alertmanagers_matcher_cases(MatchType type, String value, String candidate, boolean matches) {
        assertThat(LabelMatcher.of("foo", type, value).matchesValue(candidate)).isEqualTo(matches);
    }

    @Test
    void a_missing_label_is_matched_as_the_empty_string() {
        assertThat(LabelMatcher.of("env", MatchType.EQUAL, "").matches(Map.of("alertname", "x"))).isTrue();
        assertThat(LabelMatcher.of("env", MatchType.NOT_EQUAL, "prod").matches(Map.of())).isTrue();
        assertThat(LabelMatcher.of("env", MatchType.REGEX, "prod|").matches(Map.of())).isTrue();
        assertThat(LabelMatcher.of("env", MatchType.REGEX, ".+").matches(Map.of())).isFalse();
    }

    static Stream<Arguments> alertmanagers_parse_cases() {
        return Stream.of(
                arguments("foo=bar", LabelMatcher.of("foo", MatchType.EQUAL, "bar")),
                arguments("foo=~bar.*", LabelMatcher.of("foo", MatchType.REGEX, "bar.*")),
                arguments("foo=~\"bar.*\"", LabelMatcher.of("foo", MatchType.REGEX, "bar.*")),
                arguments("foo!=bar", LabelMatcher.of("foo", MatchType.NOT_EQUAL, "bar")),
                arguments("foo!~bar", LabelMatcher.of("foo", MatchType.NOT_REGEX, "bar")),
                arguments("foo = \"bar\"", LabelMatcher.of("foo", MatchType.EQUAL, "bar")),
                arguments("foo=\"bar\\\"baz\"", LabelMatcher.of("foo", MatchType.EQUAL, "bar\"baz")),
                arguments("foo=\"new\\nline\"", LabelMatcher.of("foo", MatchType.EQUAL, "new\nline")),
                arguments("foo=back\\slash", LabelMatcher.of("foo", MatchType.EQUAL, "back\\slash")),
                arguments("foo=trailing\\", LabelMatcher.of("foo", MatchType.EQUAL, "trailing\\")),
                arguments("foo=", LabelMatcher.of("foo", MatchType.EQUAL, "")),
                arguments("foo=\"\"", LabelMatcher.of("foo", MatchType.EQUAL, "")),
                arguments("foo:bar=baz", LabelMatcher.of("foo:bar", MatchType.EQUAL, "baz")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void alertmanagers_parse_cases(String text, LabelMatcher expected) {
        assertThat(LabelMatcher.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"foo", "=bar", "1foo=bar", "foo=\"bar", "foo=ba\"r",
            "foo=~(unclosed"})
    void text_that_is_no_matcher_is_refused(String text) {
        assertThatThrownBy(() -> LabelMatcher.parse(text)).isInstanceOf(InvalidIncidentDataException.class);
    }

    @Test
    void a_matcher_is_written_back_as_alertmanager_writes_it() {
        assertThat(LabelMatcher.of("foo", MatchType.NOT_REGEX, "ba\"r").toString()).isEqualTo("foo!~\"ba\\\"r\"");
    }
}
