package io.llmim.application.testing;

import io.llmim.application.port.out.SilenceRepository;
import io.llmim.domain.Silence;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reference {@link SilenceRepository}, in memory. */
public final class InMemorySilenceRepository implements SilenceRepository {

    private static final Comparator<Silence> SOONEST_END = Comparator.comparing(Silence::endsAt).thenComparing(Silence::id);

    private final Map<String, Silence> silences = new LinkedHashMap<>();
    private final Set<String> endReported = new HashSet<>();

    @Override
    public synchronized void save(Silence silence) {
        silences.put(silence.id(), silence);
    }

    @Override
    public synchronized Optional<Silence> findById(String id) {
        return Optional.ofNullable(silences.get(id));
    }

    @Override
    public synchronized List<Silence> all(int limit) {
        return silences.values().stream().sorted(SOONEST_END.reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<Silence> unexpiredAt(Instant at) {
        return silences.values().stream().filter(s -> s.endsAt().isAfter(at)).sorted(SOONEST_END).toList();
    }


    @Override
    public synchronized List<Silence> endedUnreported(Instant at, int limit) {
        return silences.values().stream().filter(s -> !s.endsAt().isAfter(at) && !endReported.contains(s.id()))
                .sorted(SOONEST_END).limit(limit).toList();
    }

    @Override
    public synchronized boolean markEndReported(String id) {
        return silences.containsKey(id) && endReported.add(id);
    }

    synchronized int deleteEndedBefore(Instant before) {
        List<String> ended = silences.values().stream().filter(s -> s.endsAt().isBefore(before)).map(Silence::id).toList();
        ended.forEach(silences::remove);
        return ended.size();
    }
}
