package io.llmim.adapter.http;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text no store can hold (PostgreSQL text has no U+0000; UTF-8 has no lone surrogate) is refused
 * as the sender's mistake on every entry point, naming the field, whatever store is configured.
 */
class UnstorableTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // A lone surrogate cannot travel as UTF-8, only as a JSON escape such as \ud800.
    private static final ObjectWriter ESCAPING = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    private static final String NUL = "a\u0000b";
    private static final String LONE_SURROGATE = "a\ud800b";

    @AutoClose
    private final ApiServer api = ApiServer.open();

    /** A recorded payload with the text at a dotted path such as alerts[0].labels.service. */
    private static String recorded(String name, String path, String text) throws IOException {
        try (InputStream in = UnstorableTextTest.class.getResourceAsStream("/payloads/" + name + ".json")) {
            ObjectNode payload = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            set(payload, path, text);
            return body(payload);
        }
    }

    private static String text(String kind) {
        return kind.equals("nul") ? NUL : LONE_SURROGATE;
    }

    @ParameterizedTest(name = "{0} with {1} -> 400 naming {2}")
    @CsvSource({
            "source, nul, source",
            "title, nul, title",
            "description, nul, description",
            "dedup_key, nul, dedup_key",
            "labels.team, nul, labels.team",
            "title, surrogate, title",
            "labels.team, surrogate, labels.team",
    })
    void a_reported_event_with_unstorable_text_is_400(String at, String kind, String field) {
        ObjectNode event = JSON.createObjectNode().put("source", "s").put("title", "t");
        if (at.startsWith("labels.")) {
            event.putObject("labels").put(at.substring("labels.".length()), text(kind));
        } else {
            event.put(at, text(kind));
        }

        ApiServer.Reply reply = api.post("/v1/incidents", body(event));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest(name = "alertmanager {0} with {1} -> 400 naming {0}")
    @CsvSource({
            "groupKey, nul",
            "alerts[0].fingerprint, nul",
            "alerts[0].annotations.summary, nul",
            "alerts[0].labels.service, nul",
            "commonLabels.service, nul",
            "groupKey, surrogate",
    })
    void an_alertmanager_notification_with_unstorable_text_is_400(String field, String kind) throws IOException {
        ApiServer.Reply reply = api.post("/v1/integrations/alertmanager",
                recorded("alertmanager/firing", field, text(kind)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest(name = "pagerduty {0} with {1} -> 400 naming {0}")
    @CsvSource({
            "dedup_key, nul",
            "payload.summary, nul",
            "payload.source, nul",
            "payload.component, nul",
            "payload.custom_details.region, nul",
            "payload.summary, surrogate",
    })
    void a_pagerduty_event_with_unstorable_text_is_400(String field, String kind) throws IOException {
        ApiServer.Reply reply = api.post("/v2/enqueue", recorded("pagerduty/trigger", field, text(kind)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("status").asText()).isEqualTo("invalid event");
        assertThat(reply.json().get("errors").get(0).asText()).startsWith(field + ":");
    }

    private static String body(JsonNode json) {
        try {
            return ESCAPING.writeValueAsString(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(ObjectNode root, String path, String value) {
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            node = step(node, steps[i]);
        }
        ((ObjectNode) node).put(steps[steps.length - 1], value);
    }

    private static JsonNode step(JsonNode node, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return node.get(step);
        }
        return node.get(step.substring(0, bracket)).get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
    }
}
