package io.llmim.application.suppression;

import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.in.ManageSilencesUseCase;
import io.llmim.application.port.in.SilenceNotFoundException;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.SilenceRepository;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.Silence;
import io.llmim.domain.SilenceState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Silences managed as Alertmanager manages them (silence/silence.go, api/v2/api.go), over the durable store. */
public final class SilenceService implements ManageSilencesUseCase {

    /** At most this many silences are listed. */
    public static final int MAX_LISTED = 10_000;
    // A silence made for an incident without a duration lasts until the incident resolves; Alertmanager
    // needs an end, so it gets one far away.
    static final Duration UNTIL_RESOLVED = Duration.ofDays(365);

    private final SilenceRepository silences;
    private final IncidentRepository incidents;
    private final Clock clock;
    private final Supplier<String> ids;
    private final SilenceEvents events;

    public SilenceService(SilenceRepository silences, IncidentRepository incidents, Clock clock) {
        this(silences, incidents, clock, SilenceEvents.none());
    }

    /** @param events hears of each silence created */
    public SilenceService(SilenceRepository silences, IncidentRepository incidents, Clock clock, SilenceEvents events) {
        this(silences, incidents, clock, () -> UUID.randomUUID().toString(), events);
    }

    SilenceService(SilenceRepository silences, IncidentRepository incidents, Clock clock, Supplier<String> ids,
                   SilenceEvents events) {
        this.events = events;
        this.silences = silences;
        this.incidents = incidents;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public String save(SilenceDraft draft) {
        Instant now = clock.instant();
        Optional<Silence> previous = draft.id().filter(id -> !id.isEmpty())
                .map(id -> silences.findById(id).orElseThrow(() -> new SilenceNotFoundException(id)));
        Silence candidate = new Silence(previous.map(Silence::id).orElse("new"), draft.matchers(), draft.startsAt(),
                draft.endsAt(), draft.createdBy(), draft.comment(), now, previous.map(Silence::tiedTo).orElse(null));
        if (!candidate.startsAt().isBefore(candidate.endsAt())) {
            throw new InvalidIncidentDataException("startsAt", "start time must be before end time");
        }
        if (candidate.endsAt().isBefore(now)) {
            throw new InvalidIncidentDataException("endsAt", "end time can't be in the past");
        }
        if (previous.isPresent() && previous.get().canBecome(candidate, now)) {
            silences.save(candidate);
            return candidate.id();
        }
        previous.filter(silence -> silence.stateAt(now) != SilenceState.EXPIRED)
                .ifPresent(silence -> silences.save(silence.expiredAt(now)));
        Silence created = new Silence(ids.get(), candidate.matchers(),
                candidate.startsAt().isBefore(now) ? now : candidate.startsAt(), candidate.endsAt(),
                candidate.createdBy(), candidate.comment(), now, candidate.tiedTo());
        silences.save(created);
        events.created(created);
        return created.id();
    }

    @Override
    public Optional<SilenceStatus> find(String id) {
        Instant now = clock.instant();
        return silences.findById(id).map(silence -> new SilenceStatus(silence, silence.stateAt(now)));
    }

    @Override
    public List<SilenceStatus> list(List<LabelMatcher> filter) {
        Instant now = clock.instant();
        List<SilenceStatus> listed = new ArrayList<>();
        for (Silence silence : silences.all(MAX_LISTED)) {
            if (matchesFilter(silence, filter)) {
                listed.add(new SilenceStatus(silence, silence.stateAt(now)));
            }
        }
        listed.sort(ALERTMANAGER_ORDER);
        return listed;
    }

    private static final Comparator<SilenceStatus> ALERTMANAGER_ORDER = Comparator
            .comparing((SilenceStatus s) -> s.state() == SilenceState.ACTIVE ? 0 : s.state() == SilenceState.PENDING ? 1 : 2)
            .thenComparing(s -> switch (s.state()) {
                case ACTIVE -> s.silence().endsAt().toEpochMilli();
                case PENDING -> s.silence().startsAt().toEpochMilli();
                case EXPIRED -> -s.silence().endsAt().toEpochMilli();
            });

    /**
     * Alertmanager's filter of silences: the silence's matchers read as a label set (name to value),
     * a filter matcher asking for an empty value passes when the label is absent (or, negated, when
     * present), any other must match the value.
     */
    static boolean matchesFilter(Silence silence, List<LabelMatcher> filter) {
        Map<String, String> labels = new HashMap<>();
        silence.matchers().forEach(matcher -> labels.put(matcher.name(), matcher.value()));
        for (LabelMatcher matcher : filter) {
            boolean present = labels.containsKey(matcher.name());
            boolean negated = !matcher.type().isEqual();
            if (matcher.value().isEmpty() && present == negated) {
                continue;
            }
            if (!matcher.matchesValue(labels.getOrDefault(matcher.name(), ""))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void expire(String id) {
        Silence silence = silences.findById(id).orElseThrow(() -> new SilenceNotFoundException(id));
        Instant now = clock.instant();
        if (silence.stateAt(now) != SilenceState.EXPIRED) {
            silences.save(silence.expiredAt(now));
        }
    }

    @Override
    public SilenceStatus silenceIncident(IncidentId id, Optional<Duration> duration, String comment, String actor) {
        Incident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        Instant now = clock.instant();
        duration.filter(d -> d.isNegative() || d.isZero()).ifPresent(d -> {
            throw new InvalidIncidentDataException("duration", "must be positive");
        });
        List<LabelMatcher> matchers = new ArrayList<>();
        matchers.add(LabelMatcher.of("source", LabelMatcher.MatchType.EQUAL, incident.source()));
        incident.labels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(label -> !MatchableLabels.OWN.contains(label.getKey()))
                .forEach(label -> matchers.add(LabelMatcher.of(label.getKey(), LabelMatcher.MatchType.EQUAL, label.getValue())));
        matchers.add(LabelMatcher.of("category", LabelMatcher.MatchType.EQUAL, incident.category().label()));
        Silence silence = new Silence(ids.get(), matchers, now, now.plus(duration.orElse(UNTIL_RESOLVED)), actor,
                comment, now, id);
        silences.save(silence);
        events.created(silence);
        return new SilenceStatus(silence, silence.stateAt(now));
    }
}
