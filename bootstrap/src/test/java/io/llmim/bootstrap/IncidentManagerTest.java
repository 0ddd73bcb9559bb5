package io.llmim.bootstrap;

import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.InMemoryCorrelationGroups;
import io.llmim.application.testing.InMemoryHistoryPruning;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.InMemoryIncidentChangeLog;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.InMemoryMaintenanceWindowRepository;
import io.llmim.application.testing.InMemorySilenceRepository;
import io.llmim.application.testing.ThrowingHttpMetrics;
import io.llmim.application.testing.ThrowingMetricsPort;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.bootstrap.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The wired service in this JVM, with adapters swapped through {@link Adapters}. */
class IncidentManagerTest {

    private static final String EVENT = "{\"source\": \"llm-shield\", \"title\": \"prompt injection\", \"severity\": \"P1\"}";

    @TempDir
    Path dir;

    private IncidentManager start(TestConfig test, Adapters adapters) throws Exception {
        return IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), Map.of()), Map.of(), adapters);
    }

    @Test
    void the_configured_service_stores_in_sqlite_and_serves_metrics() throws Exception {
        TestConfig test = TestConfig.in(dir, "");
        try (IncidentManager manager = start(test, Adapters.configured())) {
            assertThat(Http.get(test.api() + "/ready").statusCode()).isEqualTo(200);
            String id = new io.vertx.core.json.JsonObject(Http.postJson(test.api() + "/v1/incidents", EVENT).body())
                    .getString("id");
            Http.post(test.api() + "/v1/incidents/" + id + "/acknowledge");

            String scrape = Http.get(test.metrics()).body();

            assertThat(scrape).contains(
                    "incidents_total{category=\"security\",severity=\"P1\",source=\"llm-shield\"} 1.0",
                    "incident_state_transitions_total{from_state=\"NEW\",to_state=\"ACKNOWLEDGED\"} 1.0",
                    "http_requests_total{method=\"POST\",path=\"/v1/incidents/:id/acknowledge\",status=\"200\"} 1.0",
                    "database_connections_idle{pool=\"sqlite_main\"}");
            assertThat(dir.resolve("data/incidents.db")).exists();
        }
    }

    @Test
    void a_restart_keeps_incidents_and_the_active_gauge() throws Exception {
        TestConfig test = TestConfig.in(dir, "");
        try (IncidentManager first = start(test, Adapters.configured())) {
            Http.postJson(test.api() + "/v1/incidents", EVENT);
        }
        try (IncidentManager second = start(test, Adapters.configured())) {
            assertThat(Http.get(test.api() + "/v1/incidents").body()).contains("prompt injection");
            assertThat(Http.get(test.metrics()).body())
                    .contains("incidents_active{category=\"other\",severity=\"P1\",source=\"llm-shield\"} 0.0")
                    .contains("incidents_active{category=\"security\",severity=\"P1\",source=\"llm-shield\"} 1.0");
        }
    }

    @Test
    void the_service_keeps_answering_2xx_when_metrics_throw_on_every_call() throws Exception {
        TestConfig test = TestConfig.in(dir, "");
        HttpMetrics broken = new ThrowingHttpMetrics();
        try (IncidentManager manager = start(test, Adapters.configured()
                .withStore(inMemoryStore())
                .withMetrics(new ThrowingMetricsPort(), broken))) {
            var created = Http.postJson(test.api() + "/v1/incidents", EVENT);
            String id = new io.vertx.core.json.JsonObject(created.body()).getString("id");

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(Http.postJson(test.api() + "/v1/incidents", EVENT).statusCode()).isEqualTo(200);
            assertThat(Http.post(test.api() + "/v1/incidents/" + id + "/acknowledge").statusCode()).isEqualTo(200);
            assertThat(Http.post(test.api() + "/v1/incidents/" + id + "/resolve").statusCode()).isEqualTo(200);
            assertThat(Http.get(test.api() + "/v1/incidents/" + id + "/timeline").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void with_metrics_disabled_the_endpoint_answers_404_and_the_api_works() throws Exception {
        TestConfig test = TestConfig.in(dir, "enabled = false");
        try (IncidentManager manager = start(test, Adapters.configured())) {
            assertThat(Http.postJson(test.api() + "/v1/incidents", EVENT).statusCode()).isEqualTo(201);
            assertThat(Http.get(test.metrics()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void stopping_twice_is_harmless() throws Exception {
        TestConfig test = TestConfig.in(dir, "");
        IncidentManager manager = start(test, Adapters.configured());
        manager.stop(Duration.ofSeconds(1));
        manager.stop(Duration.ofSeconds(1));
    }

    private static Adapters.Store inMemoryStore() {
        InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
        InMemoryAlertMemberRepository alertMembers = new InMemoryAlertMemberRepository();
        InMemoryJobStore jobs = new InMemoryJobStore();
        InMemoryIncidentChangeLog changeLog = new InMemoryIncidentChangeLog();
        InMemorySilenceRepository silences = new InMemorySilenceRepository();
        return new Adapters.Store(incidents, alertMembers, jobs, new InMemoryCorrelationGroups(),
                new InMemoryHistoryPruning(incidents, jobs, alertMembers, changeLog, silences), UnitOfWork.none(),
                changeLog, silences, new InMemoryMaintenanceWindowRepository(), Optional.empty());
    }
}
