package io.llmim.adapter.http.console;

import io.llmim.adapter.http.Problem;

/** The move the reader tried that was refused, and why; NONE when nothing was. */
public record Refusal(String move, Problem problem) {
    static final Refusal NONE = new Refusal("", null);

    public String messageFor(String move, String field) {
        if (problem == null || !this.move.equals(move)) {
            return null;
        }
        return field == null ? (problem.field() == null ? problem.detail() : null)
                : (field.equals(problem.field()) ? problem.detail() : null);
    }
}
