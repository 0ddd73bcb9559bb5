package io.llmim.adapter.persistence;

import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.IncidentChange;
import io.llmim.application.testing.IncidentChangeLogContract;
import io.llmim.domain.IncidentSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

class PostgresIncidentChangeLogTest extends IncidentChangeLogContract {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

    private JdbcIncidentStore store;

    @Override
    protected Stores emptyStores() {
        store = io.llmim.adapter.persistence.Stores.open(io.llmim.adapter.persistence.Stores.newPostgresUrl());
        return new Stores(store.changeLog(), store.history());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static IncidentSnapshot incident(String title) {
        return anIncident().from(anEvent().withTitle(title)).openedAt(T0).build().snapshot();
    }

    @Test
    void the_head_stays_below_a_position_drawn_by_a_transaction_still_open_though_a_later_one_committed()
            throws Exception {
        CountDownLatch drawn = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> early = CompletableFuture.runAsync(() -> store.unitOfWork().atomically(() -> {
            store.changeLog().append(ChangeKind.CREATED, incident("drawn first, committed last"), T0);
            drawn.countDown();
            awaitQuietly(commit);
            return null;
        }));
        assertThat(drawn.await(10, TimeUnit.SECONDS)).isTrue();
        store.changeLog().append(ChangeKind.CREATED, incident("drawn last, committed first"), T0);

        long headWhileOpen = store.changeLog().head();
        commit.countDown();
        early.get(10, TimeUnit.SECONDS);

        assertThat(store.changeLog().read(0, headWhileOpen, ChangeFilter.all(), 10)).isEmpty();
        assertThat(store.changeLog().read(headWhileOpen, store.changeLog().head(), ChangeFilter.all(), 10))
                .extracting(IncidentChange::incident).extracting(IncidentSnapshot::title)
                .containsExactly("drawn first, committed last", "drawn last, committed first");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
