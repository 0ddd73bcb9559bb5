package io.llmim.adapter.http.console;

import io.llmim.adapter.http.Problem;
import io.llmim.domain.Category;
import io.llmim.domain.Event;
import io.llmim.domain.Severity;

import java.util.Map;

/** The report form as typed, and the field the domain refused with its message. */
public record ReportForm(Map<String, String> values, String errorField, String error) {

    static ReportForm empty() {
        return new ReportForm(Map.of(), null, null);
    }

    static ReportForm from(java.util.function.Function<String, String> field) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String name : new String[] {"source", "title", "severity", "category", "description"}) {
            String value = field.apply(name);
            values.put(name, value == null ? "" : value);
        }
        return new ReportForm(Map.copyOf(values), null, null);
    }

    Event toEvent() {
        String severity = value("severity");
        String category = value("category");
        return new Event(value("source"), value("title"), value("description"),
                severity.isEmpty() ? null : Severity.parse(severity),
                category.isEmpty() ? null : Category.parse(category), null, Map.of(), null);
    }

    ReportForm refused(Problem problem) {
        return new ReportForm(values, problem.field(), problem.detail());
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String errorFor(String name) {
        return name.equals(errorField) ? error : null;
    }
}
