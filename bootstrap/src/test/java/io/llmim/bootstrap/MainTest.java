package io.llmim.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, Map.of(), new PrintStream(out, true), new PrintStream(err, true));
    }

    @Test
    void help_lists_usage_and_every_default() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("usage:", "--config FILE", "server.listen_address = \"0.0.0.0:8080\"",
                "LLMIM_<SECTION>_<KEY>");
    }

    @Test
    void version_prints_the_version() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("llm-incident-manager ");
    }

    @Test
    void a_bad_configuration_stops_the_start_with_status_2_and_one_line_naming_the_key(@TempDir Path dir)
            throws Exception {
        Path config = dir.resolve("bad.toml");
        Files.writeString(config, "[storage]\npool_size = \"many\"\n");

        assertThat(run("--config", config.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("config error: storage.pool_size: must be a whole number");
    }

    @Test
    void an_unknown_argument_is_status_2() {
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown argument '--colour'");
    }
}
