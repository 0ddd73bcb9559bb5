package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.application.port.in.ManageSilencesUseCase.SilenceDraft;
import io.llmim.application.port.in.ManageSilencesUseCase.SilenceStatus;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.Silence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Alertmanager API v2's silence shapes ({@code postableSilence}, {@code gettableSilence}) of its OpenAPI 2 document. */
final class SilencesApiJson {

    // Prometheus' duration syntax, as amtool's --duration takes it: 1h30m, 2d, 90s.
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

    private SilencesApiJson() {
    }

    /** A posted silence; a field missing or of the wrong type is refused, naming it. */
    static SilenceDraft draft(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidRequestException("silence", "must be a JSON object");
        }
        JsonNode matchers = body.get("matchers");
        if (matchers == null || !matchers.isArray()) {
            throw new InvalidRequestException("matchers", "is required, an array of matchers");
        }
        List<LabelMatcher> parsed = new ArrayList<>();
        for (int i = 0; i < matchers.size(); i++) {
            parsed.add(matcher(matchers.get(i), "matchers[" + i + "]."));
        }
        return new SilenceDraft(Optional.ofNullable(JsonFields.text(body, "id", "", false)), parsed,
                required(JsonFields.instant(body, "startsAt", ""), "startsAt"),
                required(JsonFields.instant(body, "endsAt", ""), "endsAt"),
                JsonFields.text(body, "createdBy", "", true), JsonFields.text(body, "comment", "", true));
    }

    private static Instant required(Instant value, String field) {
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
        return value;
    }

    private static LabelMatcher matcher(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(path.substring(0, path.length() - 1), "must be a matcher object");
        }
        String name = JsonFields.text(node, "name", path, true);
        String value = JsonFields.text(node, "value", path, true);
        return LabelMatcher.of(name, LabelMatcher.MatchType.of(flag(node, "isRegex", path, null),
                flag(node, "isEqual", path, true)), value);
    }

    private static boolean flag(JsonNode node, String field, String path, Boolean fallback) {
        JsonNode value = node.get(field);
        if ((value == null || value.isNull()) && fallback != null) {
            return fallback;
        }
        if (value == null || !value.isBoolean()) {
            throw new InvalidRequestException(path + field, "is required, true or false");
        }
        return value.booleanValue();
    }

    /** {@code duration} of {@code POST /v1/incidents/{id}/silence}: empty when not given. */
    static Optional<Duration> duration(JsonNode body) {
        String text = JsonFields.text(body, "duration", "", false);
        if (text == null) {
            return Optional.empty();
        }
        Matcher parts = DURATION.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (parts.find() && parts.start() == end) {
            long amount = Long.parseLong(parts.group(1));
            total = total.plus(switch (parts.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofDays(7 * amount);
            });
            end = parts.end();
        }
        if (text.isEmpty() || end != text.length() || total.isZero()) {
            throw new InvalidRequestException("duration", "must be a positive duration such as 2h or 1h30m");
        }
        return Optional.of(total);
    }

    static ArrayNode silences(List<SilenceStatus> silences, ObjectMapper json) {
        ArrayNode body = json.createArrayNode();
        silences.forEach(silence -> body.add(silence(silence, json)));
        return body;
    }

    static ObjectNode silence(SilenceStatus status, ObjectMapper json) {
        Silence silence = status.silence();
        ObjectNode node = json.createObjectNode().put("id", silence.id());
        node.putObject("status").put("state", status.state().label());
        node.put("updatedAt", silence.updatedAt().toString());
        ArrayNode matchers = node.putArray("matchers");
        for (LabelMatcher matcher : silence.matchers()) {
            matchers.addObject().put("name", matcher.name()).put("value", matcher.value())
                    .put("isRegex", matcher.type().isRegex()).put("isEqual", matcher.type().isEqual());
        }
        node.put("startsAt", silence.startsAt().toString()).put("endsAt", silence.endsAt().toString())
                .put("createdBy", silence.createdBy()).put("comment", silence.comment());
        return node;
    }
}
