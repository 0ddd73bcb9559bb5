package io.llmim.adapter.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The meters of one open label (source, path, model, ...), created on first use of a value and then
 * found without allocating: the value asked for last is one field read and a string compare away,
 * any other is one map lookup. Past {@code limit} distinct values, new values share the
 * {@code other} meters, so no input can grow the number of series without bound; the first time
 * that happens it is logged.
 */
final class BoundedLabelValues<T> {

    static final String OTHER = "other";
    private static final Logger LOG = LoggerFactory.getLogger(BoundedLabelValues.class);

    private final String label;
    private final int limit;
    private final Function<String, T> create;
    private final ConcurrentHashMap<String, Entry<T>> byValue = new ConcurrentHashMap<>();
    private Entry<T> other;
    // The value asked for last. Calls come in runs of one value (one sender, one hot route), and for
    // those this spares the hash lookup, as holding a meter's handle does in the Prometheus client.
    // A plain field: an Entry is immutable, so a racing reader sees a whole one, and a stale one only
    // costs the map lookup. It is written only when the value changes, so a run writes nothing.
    private Entry<T> recent;
    private boolean capLogged;

    BoundedLabelValues(String label, int limit, Function<String, T> create) {
        this.label = label;
        this.limit = limit;
        this.create = create;
    }

    /** One value and its meters, created once; holding the value lets {@link #get} check {@code recent}. */
    private record Entry<T>(String value, T meters) {
    }

    T get(String value) {
        Entry<T> last = recent;
        if (last != null && last.value().equals(value)) {
            return last.meters();
        }
        Entry<T> found = byValue.get(value);
        if (found == null) {
            found = admit(value);
        }
        recent = found;
        return found.meters();
    }

    private synchronized Entry<T> admit(String value) {
        Entry<T> found = byValue.get(value);
        if (found != null) {
            return found;
        }
        if (byValue.size() < limit) {
            Entry<T> created = new Entry<>(value, create.apply(value));
            byValue.put(value, created);
            return created;
        }
        if (!capLogged) {
            capLogged = true;
            LOG.warn("label '{}' reached its limit of {} distinct values; further values are recorded as '{}'",
                    label, limit, OTHER);
        }
        if (other == null) {
            other = new Entry<>(OTHER, create.apply(OTHER));
        }
        return other;
    }

    int size() {
        return byValue.size() + (other == null ? 0 : 1);
    }
}
