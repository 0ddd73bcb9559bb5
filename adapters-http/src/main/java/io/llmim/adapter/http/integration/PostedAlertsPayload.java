package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.application.port.in.ReceiveAlertsUseCase.PostedAlert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.llmim.adapter.http.integration.JsonFields.instant;
import static io.llmim.adapter.http.integration.JsonFields.strings;
import static io.llmim.adapter.http.integration.JsonFields.text;

/** Reads the body of Alertmanager's {@code POST /api/v2/alerts}: an array of postable alerts. */
final class PostedAlertsPayload {

    private PostedAlertsPayload() {
    }

    static List<PostedAlert> parse(JsonNode alerts) {
        List<PostedAlert> parsed = new ArrayList<>(alerts.size());
        for (int i = 0; i < alerts.size(); i++) {
            JsonNode alert = alerts.get(i);
            String path = "alerts[" + i + "].";
            if (!alert.isObject()) {
                throw new InvalidRequestException("alerts[" + i + "]", "must be an object");
            }
            parsed.add(new PostedAlert(strings(alert, "labels", path), strings(alert, "annotations", path),
                    timeOrAbsent(alert, "startsAt", path), timeOrAbsent(alert, "endsAt", path),
                    text(alert, "generatorURL", path, false)));
        }
        return parsed;
    }

    // Go clients write the zero time for a time they do not know.
    private static Instant timeOrAbsent(JsonNode alert, String field, String path) {
        Instant time = instant(alert, field, path);
        return AlertmanagerPayload.NOT_ENDED.equals(time) ? null : time;
    }
}
