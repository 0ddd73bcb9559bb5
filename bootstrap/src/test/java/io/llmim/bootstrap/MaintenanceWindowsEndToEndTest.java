package io.llmim.bootstrap;

import io.llmim.bootstrap.config.ConfigLoader;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/maintenance-windows} over real HTTP on loopback, on the real stores. */
class MaintenanceWindowsEndToEndTest {

    private static final String ALWAYS_ON_CHAT = """
            {"name": "chat rollout", "matchers": ["service=\\"chat\\""], "time_intervals": [{}]}""";

    @TempDir
    Path dir;

    private static IncidentManager start(TestConfig test) throws Exception {
        return IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), Map.of()), Map.of(),
                Adapters.configured());
    }

    @Test
    void a_window_created_on_sqlite_is_stored_and_read_back_active() throws Exception {
        TestConfig test = TestConfig.in(dir, "");
        try (IncidentManager manager = start(test)) {
            HttpResponse<String> created = Http.postJson(test.api() + "/v1/maintenance-windows", ALWAYS_ON_CHAT);
            String id = new JsonObject(created.body()).getString("id");

            JsonObject read = new JsonObject(Http.get(test.api() + "/v1/maintenance-windows/" + id).body());

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(read.getString("name")).isEqualTo("chat rollout");
            assertThat(read.getBoolean("active")).isTrue();
        }
    }

    @Test
    void a_window_created_on_one_instance_is_read_by_another_sharing_postgresql() throws Exception {
        List<TestConfig> instances = TestConfig.sharingPostgres(dir, 2);
        TestConfig one = instances.get(0);
        TestConfig two = instances.get(1);
        try (IncidentManager first = start(one); IncidentManager second = start(two)) {
            String id = new JsonObject(Http.postJson(one.api() + "/v1/maintenance-windows", ALWAYS_ON_CHAT).body())
                    .getString("id");

            HttpResponse<String> read = Http.get(two.api() + "/v1/maintenance-windows/" + id);

            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(new JsonObject(read.body()).getJsonArray("matchers").getString(0)).isEqualTo("service=\"chat\"");
        }
    }
}
