package io.llmim.adapter.grpc;

import com.google.protobuf.Timestamp;
import io.llmim.application.port.in.IncidentChange;
import io.llmim.domain.Event;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.TimelineEntry;
import io.llmim.grpc.v1.Category;
import io.llmim.grpc.v1.ChangeKind;
import io.llmim.grpc.v1.Incident;
import io.llmim.grpc.v1.IncidentState;
import io.llmim.grpc.v1.ReportEventRequest;
import io.llmim.grpc.v1.Severity;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Translates between the llmim.v1 messages and the domain: requests into the domain's values
 * (which validate themselves and name their field), domain values into messages. The proto enums
 * carry the domain's names, so each maps by name; their UNSPECIFIED value means "not given".
 */
final class ProtoMessages {

    private ProtoMessages() {
    }

    static Event event(ReportEventRequest request) {
        return new Event(
                request.getSource(),
                request.getTitle(),
                request.getDescription(),
                severity("severity", request.getSeverity()),
                category("category", request.getCategory()),
                request.hasDedupKey() ? request.getDedupKey() : null,
                request.getLabelsMap(),
                request.hasOccurredAt() ? occurredAt(request.getOccurredAt()) : null);
    }

    private static Instant occurredAt(Timestamp timestamp) {
        try {
            return instant(timestamp);
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidIncidentDataException("occurred_at", "is outside the range of instants");
        }
    }

    /** The domain severity, null for SEVERITY_UNSPECIFIED. */
    static io.llmim.domain.Severity severity(String field, Severity severity) {
        return switch (severity) {
            case SEVERITY_UNSPECIFIED -> null;
            case UNRECOGNIZED -> throw unknown(field);
            default -> io.llmim.domain.Severity.valueOf(severity.name());
        };
    }

    static io.llmim.domain.Category category(String field, Category category) {
        return switch (category) {
            case CATEGORY_UNSPECIFIED -> null;
            case UNRECOGNIZED -> throw unknown(field);
            default -> io.llmim.domain.Category.valueOf(category.name());
        };
    }

    static io.llmim.domain.IncidentState state(String field, IncidentState state) {
        return switch (state) {
            case INCIDENT_STATE_UNSPECIFIED -> null;
            case UNRECOGNIZED -> throw unknown(field);
            default -> io.llmim.domain.IncidentState.valueOf(state.name());
        };
    }

    // The number itself is not to be had: an UNRECOGNIZED constant throws on getNumber().
    private static InvalidIncidentDataException unknown(String field) {
        return new InvalidIncidentDataException(field, "is not a value llmim.v1 defines");
    }

    static Incident incident(IncidentSnapshot incident) {
        Incident.Builder message = Incident.newBuilder()
                .setId(incident.id().value())
                .setFingerprint(incident.fingerprint().value())
                .setTitle(incident.title())
                .setDescription(incident.description())
                .setSeverity(Severity.valueOf(incident.severity().name()))
                .setSource(incident.source())
                .setCategory(Category.valueOf(incident.category().name()))
                .setState(IncidentState.valueOf(incident.state().name()))
                .putAllLabels(incident.labels())
                .setCreatedAt(timestamp(incident.createdAt()))
                .setUpdatedAt(timestamp(incident.updatedAt()))
                .setLastSeenAt(timestamp(incident.lastSeenAt()))
                .setOccurrenceCount(incident.occurrenceCount())
                .setVersion(incident.version());
        ifPresent(incident.acknowledgedAt(), message::setAcknowledgedAt);
        ifPresent(incident.resolvedAt(), message::setResolvedAt);
        ifPresent(incident.closedAt(), message::setClosedAt);
        ifPresent(incident.firstOccurredAt(), message::setFirstOccurredAt);
        ifPresent(incident.lastOccurredAt(), message::setLastOccurredAt);
        if (incident.resolutionNote() != null) {
            message.setResolutionNote(incident.resolutionNote());
        }
        if (incident.rootCause() != null) {
            message.setRootCause(incident.rootCause());
        }
        return message.build();
    }

    static io.llmim.grpc.v1.TimelineEntry timelineEntry(TimelineEntry entry) {
        return io.llmim.grpc.v1.TimelineEntry.newBuilder()
                .setAt(timestamp(entry.at()))
                .setKind(entry.kind().name().toLowerCase(java.util.Locale.ROOT))
                .setActor(entry.actor())
                .setDetail(entry.detail())
                .build();
    }

    static io.llmim.grpc.v1.IncidentChange change(IncidentChange change) {
        return io.llmim.grpc.v1.IncidentChange.newBuilder()
                .setPosition(change.position())
                .setKind(ChangeKind.valueOf(change.kind().name()))
                .setAt(timestamp(change.at()))
                .setIncident(incident(change.incident()))
                .build();
    }

    private static void ifPresent(Instant instant, Consumer<Timestamp> set) {
        if (instant != null) {
            set.accept(timestamp(instant));
        }
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
