package io.llmim.adapter.http.console;

import io.llmim.application.port.in.RelatedIncidents;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.LifecycleMove;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the incident page shows. */
public record IncidentView(Chrome chrome, IncidentSnapshot incident, List<TimelineEntry> timeline,
                           RelatedIncidents related, Refusal refusal) {

    /** The moves the state machine allows now, by their names in the URL. */
    public List<String> moves() {
        return Arrays.stream(LifecycleMove.values()).filter(move -> move.startsFrom(incident.state()))
                .map(move -> move.name().toLowerCase(Locale.ROOT)).toList();
    }

    public boolean allows(String move) {
        return moves().contains(move);
    }

    public TimelineEntry latest(TimelineEntryKind kind) {
        TimelineEntry latest = null;
        for (TimelineEntry entry : timeline) {
            if (entry.kind() == kind) {
                latest = entry;
            }
        }
        return latest;
    }

    public String enrichment() {
        TimelineEntry entry = latest(TimelineEntryKind.ENRICHED);
        return entry == null ? null : entry.detail();
    }

    public String analysis() {
        TimelineEntry entry = latest(TimelineEntryKind.ANALYZED);
        return entry == null ? null : entry.detail();
    }
}
