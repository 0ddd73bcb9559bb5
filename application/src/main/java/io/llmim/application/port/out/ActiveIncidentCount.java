package io.llmim.application.port.out;

import io.llmim.domain.Category;
import io.llmim.domain.Severity;

/** How many active incidents the store holds under one (severity, source, category). */
public record ActiveIncidentCount(Severity severity, String source, Category category, long count) {
}
