package io.llmim.application.testing;

import io.llmim.application.port.out.InstanceRegistry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The reference {@link InstanceRegistry}: the last sighting of each instance, by name, under one lock. */
public final class InMemoryInstanceRegistry implements InstanceRegistry {

    private record Sighting(Instance instance, Instant at) {
    }

    private final Map<String, Sighting> sightings = new TreeMap<>();

    @Override
    public synchronized void heartbeat(Instance instance, Instant at) {
        sightings.put(instance.name(), new Sighting(instance, at));
    }

    @Override
    public synchronized List<Instance> seenSince(Instant since) {
        return sightings.values().stream().filter(s -> !s.at().isBefore(since)).map(Sighting::instance).toList();
    }

    @Override
    public synchronized void leave(String name) {
        sightings.remove(name);
    }
}
