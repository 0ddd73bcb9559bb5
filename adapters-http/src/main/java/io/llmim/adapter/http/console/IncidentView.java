package io.llmim.adapter.http.console;

import io.llmim.application.port.in.IncidentHoldsQuery;
import io.llmim.application.port.in.RelatedIncidents;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.LifecycleMove;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the incident page shows; {@code holds} is what mutes it now, as the API's {@code held_by} says. */
public record IncidentView(Chrome chrome, IncidentSnapshot incident, List<TimelineEntry> timeline,
                           RelatedIncidents related, IncidentHoldsQuery.MutedBy holds, Refusal refusal) {

    /** Where the console shows what holds for {@code reason}: a silence or window on the silences page, or an incident. */
    public static String link(String reason, String by) {
        return switch (reason) {
            case "silenced" -> "/silences#silence-" + by;
            case "maintenance" -> "/silences#window-" + by;
            default -> "/incidents/" + by;
        };
    }

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
