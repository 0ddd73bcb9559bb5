package io.llmim.application.suppression;

import io.llmim.application.port.out.SilenceRepository;
import io.llmim.domain.Incident;
import io.llmim.domain.Silence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Silences as a {@link HoldSource}: the active silences whose matchers all match. Reads the store at
 * each decision, so a silence made on one instance holds on every instance sharing the store at once.
 */
public final class SilenceHolds implements HoldSource {

    private final SilenceRepository silences;

    public SilenceHolds(SilenceRepository silences) {
        this.silences = silences;
    }

    @Override
    public Optional<Hold> holdOn(Incident incident, Map<String, String> matchable, Instant at) {
        List<String> by = silences.unexpiredAt(at).stream().filter(silence -> silence.mutes(matchable, at))
                .map(Silence::id).toList();
        return by.isEmpty() ? Optional.empty() : Optional.of(new Hold(HoldReason.SILENCED, by));
    }
}
