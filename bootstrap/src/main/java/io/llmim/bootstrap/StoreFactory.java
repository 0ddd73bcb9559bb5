package io.llmim.bootstrap;

import io.llmim.adapter.http.ReadinessCheck;
import io.llmim.adapter.metrics.MetricsAdapter;
import io.llmim.adapter.persistence.JdbcIncidentStore;
import io.llmim.adapter.persistence.StorageSettings;

import java.util.List;
import java.util.Map;

/**
 * The store area: either the database {@code [storage]} describes, opened (and migrated) here and
 * closed with the service, or the repositories a caller supplied through {@link Adapters}, which
 * the caller owns.
 */
final class StoreFactory {

    /** The repositories, what {@code /ready} checks, and how the startup log names the store. */
    record OpenedStore(Adapters.Store repositories, List<ReadinessCheck> readiness, String description) {
    }

    private StoreFactory() {
    }

    static OpenedStore open(StorageSettings settings, Map<String, String> env, Adapters adapters,
                            MetricsAdapter metrics, StartedComponents started) {
        return adapters.store().map(StoreFactory::supplied)
                .orElseGet(() -> configured(settings, env, metrics, started));
    }

    /** A caller's repositories: it opens and closes them, and {@code /ready} has nothing to ask. */
    private static OpenedStore supplied(Adapters.Store repositories) {
        return new OpenedStore(repositories, List.of(), "supplied by the caller");
    }

    private static OpenedStore configured(StorageSettings settings, Map<String, String> env, MetricsAdapter metrics,
                                          StartedComponents started) {
        JdbcIncidentStore store = started.add("store",
                JdbcIncidentStore.open(settings, settings.password(env), metrics.database(), metrics.caches()));
        return new OpenedStore(
                new Adapters.Store(store.incidents(), store.alertMembers(), store.jobs(), store.correlationGroups(),
                        store.history(), store.unitOfWork(), store.changeLog(), store.silences(),
                        store.maintenanceWindows(), store.sharedInstances()),
                List.of(new ReadinessCheck("store", store::isReachable)),
                store.kind() + " " + settings.redactedUrl());
    }
}
