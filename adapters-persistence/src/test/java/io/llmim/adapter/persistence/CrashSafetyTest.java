package io.llmim.adapter.persistence;

import io.llmim.domain.IncidentId;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committed incident survives SIGKILL of the process that wrote it, killed while
 * {@link CrashingWriter#WRITERS} threads write at once (so mid-way through group commits), on both stores.
 */
class CrashSafetyTest {

    private static final int IDS_BEFORE_KILL = 200;

    @Test
    void every_reported_id_is_intact_after_the_writers_are_killed_on_sqlite() throws Exception {
        String url = Stores.newSqliteUrl();

        List<String> committed = committedBeforeKill(url);

        assertEveryIdIsStored(url, committed);
        assertThat(new File(Stores.sqliteFile(url).toString())).exists();
    }

    @Test
    void every_reported_id_is_intact_after_the_writers_are_killed_on_postgresql() throws Exception {
        String url = Stores.newPostgresUrl();

        List<String> committed = committedBeforeKill(url);

        assertEveryIdIsStored(url, committed);
    }

    /** Starts the writers, reads the ids they were answered until there are enough, then kills them. */
    private static List<String> committedBeforeKill(String url) throws Exception {
        Process writer = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < IDS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith(CrashingWriter.COMMITTED)) {
                    committed.add(line.substring(CrashingWriter.COMMITTED.length()));
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, mid-write
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(committed).hasSize(IDS_BEFORE_KILL);
        return committed;
    }

    private static void assertEveryIdIsStored(String url, List<String> committed) {
        try (JdbcIncidentStore reopened = Stores.open(url)) {
            for (String id : committed) {
                assertThat(reopened.incidents().findById(new IncidentId(id))).as("incident %s", id).isPresent();
            }
        }
    }
}
