package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.application.port.in.IncidentChange;
import io.vertx.core.buffer.Buffer;

/**
 * The Server-Sent Events framing of the change stream: each change as {@code id:} (its position),
 * {@code event:} (its kind) and one {@code data:} line of JSON with the incident as the change left
 * it; the stream's own notices ({@code reset}, {@code dropped}) carry no id, so that a client
 * resumes after the last change it really got.
 */
final class StreamEvents {

    static final Buffer HEARTBEAT = Buffer.buffer(": heartbeat\n\n");
    // Sent first: the headers go out at once, and a client told to retry soon comes back soon.
    static final Buffer OPENING = Buffer.buffer("retry: 1000\n: connected\n\n");

    private final ObjectMapper json;
    private final IncidentJson wire;

    StreamEvents(ObjectMapper json) {
        this.json = json;
        this.wire = new IncidentJson(json);
    }

    void append(Buffer frames, IncidentChange change) {
        ObjectNode data = json.createObjectNode()
                .put("position", change.position())
                .put("kind", change.kind().wireName())
                .put("at", change.at().toString());
        data.set("incident", wire.incident(change.incident()));
        frames.appendString("id: ").appendString(Long.toString(change.position()))
                .appendString("\nevent: ").appendString(change.kind().wireName())
                .appendString("\ndata: ").appendString(data.toString()).appendString("\n\n");
    }

    /** The changes after {@code resumeAfter} up to the retention are gone: reload, then follow the stream. */
    Buffer reset(long resumeAfter) {
        return notice("reset", "changes after " + resumeAfter + " are no longer kept; reload the incidents",
                resumeAfter);
    }

    /** Closing because the client fell too far behind; it may reconnect with the last id it got. */
    Buffer dropped(long behind) {
        return notice("dropped", json.createObjectNode()
                .put("reason", "too slow: " + behind + " changes behind; reconnect with Last-Event-ID to resume"));
    }

    private Buffer notice(String event, String reason, long resumeAfter) {
        return notice(event, json.createObjectNode().put("reason", reason).put("resume_after", resumeAfter));
    }

    private static Buffer notice(String event, ObjectNode data) {
        return Buffer.buffer("event: " + event + "\ndata: " + data + "\n\n");
    }
}
