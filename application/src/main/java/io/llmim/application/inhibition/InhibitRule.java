package io.llmim.application.inhibition;

import io.llmim.domain.LabelMatcher;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of Alertmanager's {@code inhibit_rules}: while an active incident matches every source
 * matcher, incidents matching every target matcher and having the same values of the {@code equal}
 * labels (a label missing on both counts as equal) are inhibited. No matcher matches everything.
 */
public record InhibitRule(List<LabelMatcher> sourceMatchers, List<LabelMatcher> targetMatchers, List<String> equal) {

    public InhibitRule {
        sourceMatchers = List.copyOf(sourceMatchers);
        targetMatchers = List.copyOf(targetMatchers);
        equal = List.copyOf(equal);
    }

    boolean matchesSource(Map<String, String> labels) {
        return sourceMatchers.stream().allMatch(matcher -> matcher.matches(labels));
    }

    boolean matchesTarget(Map<String, String> labels) {
        return targetMatchers.stream().allMatch(matcher -> matcher.matches(labels));
    }

    /** Whether the two label sets agree on every {@code equal} label, a missing one being equal to a missing one. */
    boolean agree(Map<String, String> source, Map<String, String> target) {
        return equal.stream().allMatch(name -> Objects.equals(source.get(name), target.get(name)));
    }
}
