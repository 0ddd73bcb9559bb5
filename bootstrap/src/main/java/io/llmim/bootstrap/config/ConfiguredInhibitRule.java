package io.llmim.bootstrap.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.llmim.application.settings.InvalidSettingException;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.LabelMatcher;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code [[integrations.alertmanager.inhibit_rules]]}: matchers as Alertmanager writes them
 * ({@code severity="P1"}, {@code alertname=~"Disk.*"}) and the label names whose values must be equal.
 * As in Alertmanager, each of the three keys may be left out, meaning an empty list.
 */
@JsonDeserialize(builder = ConfiguredInhibitRule.Written.class)
public record ConfiguredInhibitRule(List<String> sourceMatchers, List<String> targetMatchers, List<String> equal) {
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    public ConfiguredInhibitRule {
        sourceMatchers = List.copyOf(sourceMatchers);
        targetMatchers = List.copyOf(targetMatchers);
        equal = List.copyOf(equal);
        matchers("source_matchers", sourceMatchers);
        matchers("target_matchers", targetMatchers);
        for (int i = 0; i < equal.size(); i++) {
            if (!LABEL_NAME.matcher(equal.get(i)).matches()) {
                throw new InvalidSettingException("equal[" + i + "]", "invalid label name \"" + equal.get(i) + "\"");
            }
        }
    }

    /**
     * The rule as the file writes it: a key left out stays an empty list. A builder, because
     * the binding otherwise requires every key of a record (which the other tables want).
     */
    @JsonPOJOBuilder(withPrefix = "")
    static final class Written {
        private List<String> sourceMatchers = List.of();
        private List<String> targetMatchers = List.of();
        private List<String> equal = List.of();

        Written sourceMatchers(List<String> matchers) {
            this.sourceMatchers = matchers;
            return this;
        }

        Written targetMatchers(List<String> matchers) {
            this.targetMatchers = matchers;
            return this;
        }

        Written equal(List<String> labels) {
            this.equal = labels;
            return this;
        }

        ConfiguredInhibitRule build() {
            return new ConfiguredInhibitRule(sourceMatchers, targetMatchers, equal);
        }
    }

    private static void matchers(String key, List<String> matchers) {
        for (int i = 0; i < matchers.size(); i++) {
            try {
                LabelMatcher.parse(matchers.get(i));
            } catch (InvalidIncidentDataException e) {
                throw new InvalidSettingException(key + "[" + i + "]", e.reason());
            }
        }
    }
}
