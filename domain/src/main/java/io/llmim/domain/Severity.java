package io.llmim.domain;

/** How urgent an incident is: {@code P0} is the most severe, {@code P4} the least. */
public enum Severity {
    P0, P1, P2, P3, P4;

    private static final Severity[] VALUES = values();

    public boolean isMoreSevereThan(Severity other) {
        return ordinal() < other.ordinal();
    }

    /** Severity only ever rises on a merge: the more severe of the two wins. */
    public static Severity mostSevere(Severity a, Severity b) {
        return a.isMoreSevereThan(b) ? a : b;
    }

    /** Parses {@code P0}..{@code P4}, case-insensitively. */
    public static Severity parse(String value) {
        if (value != null && value.length() == 2 && (value.charAt(0) == 'P' || value.charAt(0) == 'p')) {
            int level = value.charAt(1) - '0';
            if (level >= 0 && level < VALUES.length) {
                return VALUES[level];
            }
        }
        throw new InvalidIncidentDataException("severity", "must be one of P0, P1, P2, P3, P4");
    }
}
