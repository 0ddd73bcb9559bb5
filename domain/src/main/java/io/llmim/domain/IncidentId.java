package io.llmim.domain;

import java.util.UUID;

/** The identity of an incident: a UUID in its canonical text form. */
public record IncidentId(String value) {

    public IncidentId {
        if (value == null || value.length() != 36) {
            throw new InvalidIncidentDataException("id", "must be a UUID");
        }
        try {
            value = UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidIncidentDataException("id", "must be a UUID");
        }
    }

    public static IncidentId of(UUID uuid) {
        return new IncidentId(uuid.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
