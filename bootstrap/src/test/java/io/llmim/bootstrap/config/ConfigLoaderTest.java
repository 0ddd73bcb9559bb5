package io.llmim.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private AppConfig load(String toml, Map<String, String> env) throws Exception {
        Path file = dir.resolve("config.toml");
        Files.writeString(file, toml);
        return new ConfigLoader().load(Optional.of(file), env);
    }

    @Test
    void without_a_file_the_reference_defaults_apply() {
        AppConfig config = new ConfigLoader().load(Optional.empty(), Map.of());

        assertThat(config.server().listenAddress()).isEqualTo("0.0.0.0:8080");
        assertThat(config.server().maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(config.storage().url()).isEqualTo("jdbc:sqlite:data/incidents.db");
        assertThat(config.llm().provider()).isEqualTo("none");
        assertThat(config.metrics().listenAddress()).isEqualTo("0.0.0.0:9090");
        assertThat(config.metrics().endpointPath()).isEqualTo("/metrics");
        assertThat(config.metrics().llm().costPer1kTokensCompletion()).isEqualTo(0.06);
        assertThat(config.metrics().histograms().get("llm_request_duration_seconds"))
                .containsExactly(0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0);
        assertThat(config.escalation().policies()).isEmpty();
        assertThat(config.notifications().webhooks()).isEmpty();
    }

    @Test
    void the_reference_file_itself_is_a_valid_configuration() throws Exception {
        String reference = new String(ConfigLoader.class.getResourceAsStream("/config-reference.toml").readAllBytes());

        AppConfig config = load(reference, Map.of());

        assertThat(config.escalation().policies()).singleElement()
                .satisfies(policy -> assertThat(policy.notifyTargets()).containsExactly("oncall"));
        assertThat(config.notifications().webhooks()).singleElement()
                .satisfies(webhook -> assertThat(webhook.format()).isEqualTo("generic"));
    }

    @Test
    void file_values_override_defaults_and_the_environment_overrides_both() throws Exception {
        AppConfig config = load("""
                [server]
                listen_address = "127.0.0.1:8181"
                [metrics.http]
                track_request_size = false
                [metrics.global_labels]
                environment = "staging"
                """, Map.of("LLMIM_SERVER_LISTEN_ADDRESS", "127.0.0.1:8282",
                "LLMIM_METRICS_HTTP_ENABLED", "false",
                "LLMIM_LLM_OPERATIONS", "classification, analysis"));

        assertThat(config.server().listenAddress()).isEqualTo("127.0.0.1:8282");
        assertThat(config.metrics().http().enabled()).isFalse();
        assertThat(config.metrics().http().trackRequestSize()).isFalse();
        assertThat(config.metrics().globalLabels()).containsEntry("environment", "staging");
        assertThat(config.llm().operations()).containsExactly("classification", "analysis");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[server]\\nlisten_adress = \"0.0.0.0:1\"          | server.listen_adress",
            "[servers]\\nx = 1                                 | servers",
            "[server]\\nmax_body_bytes = \"big\"               | server.max_body_bytes",
            "[metrics.http]\\nenabled = \"yes\"                | metrics.http.enabled",
            "[server]\\nlisten_address = \"localhost\"         | server.listen_address",
            "[metrics]\\nlisten_address = \"0.0.0.0:99999\"    | metrics.listen_address",
            "[storage]\\nurl = \"jdbc:mysql://db/x\"           | storage.url",
            "[llm]\\nprovider = \"cohere\"                     | llm.provider",
            "[metrics.histograms]\\nhttp_request_duration_seconds = [1.0, 0.5] | metrics.histograms.http_request_duration_seconds",
            "[[notifications.webhooks]]\\nname = \"a\"\\nurl = \"ftp://x\"\\nformat = \"generic\"\\nmin_severity = \"P2\" | notifications.webhooks[0].url",
            "[[escalation.policies]]\\nseverities = [\"P0\"]\\nack_timeout_seconds = 60\\nnotify = [\"nobody\"] | escalation.policies[0].notify",
            "[[notifications.webhooks]]\\nname = \"a\"\\nurl = \"http://x\"\\nformat = \"generic\" | notifications.webhooks[0].min_severity",
            "[metrics.global_labels]\\nteam = 5                  | metrics.global_labels.team",
    })
    void a_bad_configuration_is_refused_naming_the_key(String toml, String key) {
        assertThatThrownBy(() -> load(toml.replace("\\n", "\n"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo(key));
    }

    @Test
    void integrations_take_a_severity_map_and_pagerduty_services() throws Exception {
        AppConfig config = load("""
                [integrations.alertmanager]
                default_severity = "P4"
                [integrations.alertmanager.severity_map]
                critical = "P0"
                [[integrations.pagerduty]]
                routing_key = "K1"
                source = "llm-edge-agent"
                category = "availability"
                """, Map.of());

        assertThat(config.integrations().alertmanager().severityMap()).containsEntry("critical", "P0");
        assertThat(config.integrations().pagerduty()).singleElement()
                .satisfies(service -> assertThat(service.routingKey()).isEqualTo("K1"));
    }

    @Test
    void a_pagerduty_service_with_an_unknown_category_is_refused() {
        assertThatThrownBy(() -> load("""
                [[integrations.pagerduty]]
                routing_key = "K1"
                source = "s"
                category = "weather"
                """, Map.of()))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("integrations.pagerduty[0].category"));
    }

    @Test
    void an_environment_value_of_the_wrong_type_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> new ConfigLoader().load(Optional.empty(), Map.of("LLMIM_STORAGE_POOL_SIZE", "ten")))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("LLMIM_STORAGE_POOL_SIZE"));
    }

    @Test
    void an_unreadable_file_is_refused() {
        assertThatThrownBy(() -> new ConfigLoader().load(Optional.of(dir.resolve("missing.toml")), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot read");
    }

    @Test
    void broken_toml_is_refused_naming_the_file() {
        assertThatThrownBy(() -> load("[server\nlisten_address = ", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid TOML");
    }

    @Test
    void every_default_is_listed_for_help() {
        assertThat(new ConfigLoader().flatDefaults()).containsKeys("server.listen_address",
                "metrics.push_gateway.job_name", "metrics.histograms.incident_resolution_duration_seconds")
                .hasSizeGreaterThan(50);
        assertThat(List.copyOf(new ConfigLoader().flatDefaults().keySet())).doesNotHaveDuplicates();
    }
}
