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

/** A committed incident survives SIGKILL of the process that wrote it. */
class CrashSafetyTest {

    private static final int IDS_BEFORE_KILL = 200;

    @Test
    void every_reported_id_is_intact_after_the_writer_is_killed() throws Exception {
        String url = Stores.newSqliteUrl();
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
        try (JdbcIncidentStore reopened = Stores.open(url)) {
            for (String id : committed) {
                assertThat(reopened.incidents().findById(new IncidentId(id))).as("incident %s", id).isPresent();
            }
        }
        assertThat(new File(Stores.sqliteFile(url).toString())).exists();
    }
}
