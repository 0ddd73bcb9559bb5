package io.llmim.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One of Alertmanager's label matchers ({@code name="value"}, {@code !=}, {@code =~}, {@code !~}),
 * with its semantics: a regular expression must match the whole value, and a label the labels do
 * not have is matched as the empty string.
 */
public final class LabelMatcher {

    /** The four operators, with the spelling Alertmanager writes them in. */
    public enum MatchType {
        EQUAL("="), NOT_EQUAL("!="), REGEX("=~"), NOT_REGEX("!~");

        private final String operator;

        MatchType(String operator) {
            this.operator = operator;
        }

        public String operator() {
            return operator;
        }

        public boolean isRegex() {
            return this == REGEX || this == NOT_REGEX;
        }

        public boolean isEqual() {
            return this == EQUAL || this == REGEX;
        }

        /** The type of a matcher Alertmanager's API writes as {@code isRegex} and {@code isEqual}. */
        public static MatchType of(boolean isRegex, boolean isEqual) {
            if (isRegex) {
                return isEqual ? REGEX : NOT_REGEX;
            }
            return isEqual ? EQUAL : NOT_EQUAL;
        }
    }

    // Alertmanager's classic matcher syntax: a label name, an operator, the value possibly quoted.
    private static final Pattern SYNTAX = Pattern.compile(
            "^\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(=~|=|!=|!~)\\s*(.*?)\\s*$", Pattern.DOTALL);

    private final String name;
    private final MatchType type;
    private final String value;
    private final Pattern regex;

    private LabelMatcher(String name, MatchType type, String value, Pattern regex) {
        if (name == null || name.isEmpty()) {
            throw new InvalidIncidentDataException("matcher", "needs a label name");
        }
        this.name = name;
        this.type = type;
        this.value = value;
        this.regex = regex;
    }

    public String name() {
        return name;
    }

    public MatchType type() {
        return type;
    }

    public String value() {
        return value;
    }

    /** A matcher; for the regular-expression types, {@code value} must compile. */
    public static LabelMatcher of(String name, MatchType type, String value) {
        if (!type.isRegex()) {
            return new LabelMatcher(name, type, value, null);
        }
        try {
            return new LabelMatcher(name, type, value, Pattern.compile("^(?:" + value + ")$"));
        } catch (PatternSyntaxException e) {
            throw new InvalidIncidentDataException("matcher", "invalid regular expression " + value + ": "
                    + e.getDescription());
        }
    }

    /** Parses one matcher as amtool writes it: {@code alertname="High latency"}, {@code env=~prod.*}. */
    public static LabelMatcher parse(String text) {
        Matcher parts = SYNTAX.matcher(text);
        if (!parts.matches()) {
            throw new InvalidIncidentDataException("matcher", "bad matcher format: " + text);
        }
        MatchType type = switch (parts.group(2)) {
            case "=" -> MatchType.EQUAL;
            case "!=" -> MatchType.NOT_EQUAL;
            case "=~" -> MatchType.REGEX;
            default -> MatchType.NOT_REGEX;
        };
        return of(parts.group(1), type, MatcherValue.unquote(parts.group(3)));
    }

    /** Whether {@code labels} satisfy this matcher; a missing label is the empty string. */
    public boolean matches(Map<String, String> labels) {
        return matchesValue(labels.getOrDefault(name, ""));
    }

    public boolean matchesValue(String candidate) {
        return switch (type) {
            case EQUAL -> candidate.equals(value);
            case NOT_EQUAL -> !candidate.equals(value);
            case REGEX -> regex.matcher(candidate).matches();
            case NOT_REGEX -> !regex.matcher(candidate).matches();
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelMatcher that && name.equals(that.name) && type == that.type
                && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, type, value);
    }

    @Override
    public String toString() {
        return name + type.operator() + "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
