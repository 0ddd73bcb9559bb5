package io.llmim.bootstrap;

import io.llmim.bootstrap.config.ConfigLoader;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/v2/status}'s cluster: the other instances sharing PostgreSQL are its peers; alone on SQLite, none. */
class ClusterStatusEndToEndTest {

    @TempDir
    Path dir;

    private static IncidentManager start(TestConfig test) throws Exception {
        return IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), Map.of()), Map.of(),
                Adapters.configured());
    }

    private static JsonObject cluster(TestConfig instance) {
        return new JsonObject(Http.get(instance.api() + "/api/v2/status").body()).getJsonObject("cluster");
    }

    private static List<String> peerAddresses(TestConfig instance) {
        JsonArray peers = cluster(instance).getJsonArray("peers");
        return peers.stream().map(peer -> ((JsonObject) peer).getString("address")).toList();
    }

    @Test
    void two_instances_sharing_postgresql_are_ready_and_list_each_other_as_peers() throws Exception {
        List<TestConfig> instances = TestConfig.sharingPostgres(dir, 2);
        TestConfig one = instances.get(0);
        TestConfig two = instances.get(1);
        try (IncidentManager first = start(one); IncidentManager second = start(two)) {
            // The second read the first on joining; the first reads the second at its next heartbeat (5 s).
            await().atMost(Duration.ofSeconds(15)).until(() -> peerAddresses(one).size() == 1);

            assertThat(cluster(one).getString("status")).isEqualTo("ready");
            assertThat(peerAddresses(one)).containsExactly("127.0.0.1:" + two.apiPort());
            assertThat(peerAddresses(two)).containsExactly("127.0.0.1:" + one.apiPort());
        }
    }

    @Test
    void an_instance_that_stopped_is_no_longer_a_peer() throws Exception {
        List<TestConfig> instances = TestConfig.sharingPostgres(dir, 2);
        try (IncidentManager first = start(instances.get(0))) {
            start(instances.get(1)).close();

            await().atMost(Duration.ofSeconds(15)).until(() -> peerAddresses(instances.get(0)).isEmpty());

            assertThat(cluster(instances.get(0)).getString("status")).isEqualTo("ready");
        }
    }

    @Test
    void an_instance_alone_on_sqlite_has_no_cluster() throws Exception {
        TestConfig alone = TestConfig.in(dir, "");
        try (IncidentManager manager = start(alone)) {
            assertThat(cluster(alone).getString("status")).isEqualTo("disabled");
            assertThat(peerAddresses(alone)).isEmpty();
        }
    }
}
