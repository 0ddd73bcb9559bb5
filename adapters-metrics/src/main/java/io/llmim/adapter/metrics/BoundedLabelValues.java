package io.llmim.adapter.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The meters of one open label (source, path, model, ...), created on first use of a value and
 * then found with one map lookup that allocates nothing. Past {@code limit} distinct values, new
 * values share the {@code other} meters, so no input can grow the number of series without bound;
 * the first time that happens it is logged.
 */
final class BoundedLabelValues<T> {

    static final String OTHER = "other";
    private static final Logger LOG = LoggerFactory.getLogger(BoundedLabelValues.class);

    private final String label;
    private final int limit;
    private final Function<String, T> create;
    private final ConcurrentHashMap<String, T> byValue = new ConcurrentHashMap<>();
    private T other;
    private boolean capLogged;

    BoundedLabelValues(String label, int limit, Function<String, T> create) {
        this.label = label;
        this.limit = limit;
        this.create = create;
    }

    T get(String value) {
        T found = byValue.get(value);
        return found != null ? found : admit(value);
    }

    private synchronized T admit(String value) {
        T found = byValue.get(value);
        if (found != null) {
            return found;
        }
        if (byValue.size() < limit) {
            T created = create.apply(value);
            byValue.put(value, created);
            return created;
        }
        if (!capLogged) {
            capLogged = true;
            LOG.warn("label '{}' reached its limit of {} distinct values; further values are recorded as '{}'",
                    label, limit, OTHER);
        }
        if (other == null) {
            other = create.apply(OTHER);
        }
        return other;
    }

    int size() {
        return byValue.size() + (other == null ? 0 : 1);
    }
}
