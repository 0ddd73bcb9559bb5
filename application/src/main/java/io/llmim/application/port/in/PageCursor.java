package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentId;
import io.llmim.domain.InvalidIncidentDataException;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * A position in the newest-first order: the (created-at, id) of the last incident of a page.
 * Keyset rather than offset, so pages stay stable while incidents are added and the store can
 * seek with an index. Opaque to clients: {@link #encode()} / {@link #decode(String)}.
 */
public record PageCursor(Instant createdAt, IncidentId id) {

    public static PageCursor after(IncidentSnapshot incident) {
        return new PageCursor(incident.createdAt(), incident.id());
    }

    public String encode() {
        String raw = createdAt + "|" + id.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidIncidentDataException naming {@code cursor} when the text is not a cursor we issued */
    public static PageCursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar < 0) {
                throw new InvalidIncidentDataException("cursor", "is not a cursor returned by this API");
            }
            return new PageCursor(Instant.parse(raw.substring(0, bar)), new IncidentId(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeException | InvalidIncidentDataException e) {
            throw new InvalidIncidentDataException("cursor", "is not a cursor returned by this API");
        }
    }

    /** Whether an incident comes strictly after this position in newest-first order. */
    public boolean precedes(IncidentSnapshot incident) {
        int byTime = incident.createdAt().compareTo(createdAt);
        return byTime < 0 || (byTime == 0 && incident.id().value().compareTo(id.value()) < 0);
    }
}
