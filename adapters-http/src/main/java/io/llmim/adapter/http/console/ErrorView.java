package io.llmim.adapter.http.console;

import io.llmim.adapter.http.Problem;

/** A page that could not be shown, with the problem the API would have answered. */
public record ErrorView(Chrome chrome, Problem problem) {
}
