package io.llmim.adapter.metrics;

import io.llmim.testsupport.SystemBinary;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped Prometheus rules and Grafana dashboard are valid and speak the exposed names. */
class DeployArtifactsTest {

    // Tests run in the module's directory; the deploy files live at the repository root.
    private static final Path DEPLOY = Path.of("").toAbsolutePath().getParent().resolve("deploy");

    private static String run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    @Test
    void the_alert_rules_pass_promtool_check() throws Exception {
        Path promtool = SystemBinary.require("promtool");

        assertThat(run(DEPLOY.resolve("prometheus"), promtool.toString(), "check", "rules", "alerts.yml"))
                .contains("SUCCESS");
    }

    @Test
    void the_alert_rules_pass_their_unit_tests() throws Exception {
        Path promtool = SystemBinary.require("promtool");

        assertThat(run(DEPLOY.resolve("prometheus"), promtool.toString(), "test", "rules", "alerts.test.yml"))
                .contains("SUCCESS");
    }

    @Test
    void the_scrape_configuration_is_valid() throws Exception {
        Path promtool = SystemBinary.require("promtool");

        run(DEPLOY.resolve("prometheus"), promtool.toString(), "check", "config", "prometheus.yml");
    }

    @Test
    void the_dashboard_has_a_panel_for_every_family() throws Exception {
        JsonObject dashboard = new JsonObject(Files.readString(DEPLOY.resolve("grafana/incident-manager.json")));
        String expressions = dashboard.getJsonArray("panels").stream()
                .map(panel -> ((JsonObject) panel).getJsonArray("targets"))
                .filter(targets -> targets != null)
                .flatMap(targets -> targets.stream().map(t -> ((JsonObject) t).getString("expr")))
                .reduce("", (a, b) -> a + "\n" + b);

        List<String> missing = MetricsContract.load().stream().map(MetricsContract::exposedName)
                .filter(name -> !expressions.contains(name)).toList();
        assertThat(missing).isEmpty();
        assertThat(expressions).doesNotContain("llm_cost_dollars[");
    }
}
