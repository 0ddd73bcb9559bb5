package io.llmim.application.port.in;

import io.llmim.domain.IncidentId;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.Silence;
import io.llmim.domain.SilenceState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Alertmanager's silences ({@code /api/v2/silences}), and silences made for one incident. Invalid
 * silences are refused with the domain's {@code InvalidIncidentDataException}, naming the field.
 */
public interface ManageSilencesUseCase {

    /** A silence as a client posts it; {@code id} set asks to change that silence. */
    record SilenceDraft(Optional<String> id, List<LabelMatcher> matchers, Instant startsAt, Instant endsAt,
                        String createdBy, String comment) {
        public SilenceDraft {
            matchers = List.copyOf(matchers);
        }
    }

    /** A silence with its state now. */
    record SilenceStatus(Silence silence, SilenceState state) {
    }

    /**
     * Creates a silence, or changes the one {@code draft.id()} names. As in Alertmanager, a change
     * the silence cannot take in place (other matchers, a new start of an active silence, any
     * change of an expired one) expires the old silence, when it is not already, and creates a
     * new one; a start in the past becomes now.
     *
     * @return the id of the silence that now stands for the draft
     * @throws SilenceNotFoundException when {@code draft.id()} names no silence
     */
    String save(SilenceDraft draft);

    /** The silence with {@code id}, with its state now. */
    Optional<SilenceStatus> find(String id);

    /**
     * The stored silences (expired ones until their retention ends) whose equality matchers satisfy
     * every {@code filter} matcher, as Alertmanager filters them: active first (soonest end first),
     * then pending (soonest start first), then expired (latest end first).
     */
    List<SilenceStatus> list(List<LabelMatcher> filter);

    /**
     * Ends a silence now; an expired one stays as it is.
     *
     * @throws SilenceNotFoundException when {@code id} names no silence
     */
    void expire(String id);

    /**
     * Silences an incident: a silence matching its fingerprint's labels (the incident's own labels
     * plus its source), from now for {@code duration} (or until the incident resolves, when empty),
     * that ends on its own when the incident resolves.
     *
     * @throws IncidentNotFoundException when there is no such incident
     */
    SilenceStatus silenceIncident(IncidentId incident, Optional<Duration> duration, String comment, String actor);
}
