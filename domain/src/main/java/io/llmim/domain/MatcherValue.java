package io.llmim.domain;

/**
 * The value of a matcher as written, unquoted the way Alertmanager's parser does: an optional pair
 * of double quotes, {@code \n}, {@code \"} and {@code \\} escapes, any other backslash kept as
 * written; an unescaped double quote inside is an error.
 */
final class MatcherValue {

    private MatcherValue() {
    }

    static String unquote(String raw) {
        boolean quoted = raw.startsWith("\"");
        String body = quoted ? raw.substring(1) : raw;
        StringBuilder value = new StringBuilder(body.length());
        boolean closed = !quoted;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean last = i == body.length() - 1;
            if (c == '\\' && !last) {
                char escaped = body.charAt(++i);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case '"', '\\' -> value.append(escaped);
                    default -> value.append('\\').append(escaped);
                }
            } else if (c == '"') {
                if (closed || !last) {
                    throw unescapedQuote(raw);
                }
                closed = true;
            } else {
                value.append(c);
            }
        }
        if (!closed) {
            throw unescapedQuote(raw);
        }
        return value.toString();
    }

    private static InvalidIncidentDataException unescapedQuote(String raw) {
        return new InvalidIncidentDataException("matcher", "matcher value contains unescaped double quote: " + raw);
    }
}
