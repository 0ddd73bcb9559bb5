package io.llmim.bootstrap.config;

import io.llmim.adapter.llm.LlmProvider;
import io.llmim.adapter.metrics.MetricsSettings;
import io.llmim.application.port.out.LlmOperation;
import io.llmim.application.settings.InvalidSettingException;
import io.llmim.domain.Severity;
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
        assertThat(config.llm().provider()).isEqualTo(LlmProvider.NONE);
        assertThat(config.metrics().listenAddress()).isEqualTo("0.0.0.0:9090");
        assertThat(config.metrics().endpointPath()).isEqualTo("/metrics");
        assertThat(config.metrics().llm().costPer1kTokensCompletion()).isEqualTo(0.06);
        assertThat(config.metrics().histograms().llmRequestDurationSeconds())
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
                .satisfies(webhook -> assertThat(webhook.format()).isEqualTo(AppConfig.WebhookFormat.GENERIC));
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
        assertThat(config.llm().operations())
                .containsExactlyInAnyOrder(LlmOperation.CLASSIFICATION, LlmOperation.ANALYSIS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[server]\\nlisten_adress = \"0.0.0.0:1\"          | server.listen_adress",
            "[servers]\\nx = 1                                 | servers",
            "[server]\\nmax_body_bytes = \"big\"               | server.max_body_bytes",
            "[metrics.http]\\nenabled = \"yes\"                | metrics.http.enabled",
            "[server]\\nlisten_address = \"localhost\"         | server.listen_address",
            "[server]\\ngrpc_listen_address = \"localhost\"    | server.grpc_listen_address",
            "[metrics]\\nlisten_address = \"0.0.0.0:99999\"    | metrics.listen_address",
            "[storage]\\nurl = \"jdbc:mysql://db/x\"           | storage.url",
            "[llm]\\nprovider = \"cohere\"                     | llm.provider",
            "[metrics.histograms]\\nhttp_request_duration_seconds = [1.0, 0.5] | metrics.histograms.http_request_duration_seconds",
            "[[notifications.webhooks]]\\nname = \"a\"\\nurl = \"ftp://x\"\\nformat = \"generic\"\\nmin_severity = \"P2\" | notifications.webhooks[0].url",
            "[[escalation.policies]]\\nseverities = [\"P0\"]\\nack_timeout_seconds = 60\\nnotify = [\"nobody\"] | escalation.policies[0].notify",
            "[[notifications.webhooks]]\\nname = \"a\"\\nurl = \"http://x\"\\nformat = \"generic\" | notifications.webhooks[0].min_severity",
            "[metrics.global_labels]\\nteam = 5                  | metrics.global_labels.team",
            "[[integrations.pagerduty]]\\nrouting_key = \"K\"                 | integrations.pagerduty[0].source",
            "[server]\\nmax_body_bytes = 1.5                     | server.max_body_bytes",
            "[storage]\\nusername = 5                            | storage.username",
            "[llm]\\noperations = [\"dreaming\"]                | llm.operations[0]",
            "[jobs]\\nenrichment_min_severity = \"P9\"         | jobs.enrichment_min_severity",
            "[jobs]\\nlease_millis = 3000                   | jobs.lease_renewal_millis",
            "[metrics.histograms]\\nsummary_seconds = [1.0]   | metrics.histograms.summary_seconds",
            "[metrics.push_gateway]\\nurl = \"pushgateway\"     | metrics.push_gateway.url",
            "[metrics.http]\\nenabled = 1                        | metrics.http.enabled",
            "[[integrations.pagerduty]]\\nrouting_key = \"K\"\\nsource = \"s\"\\ncategory = \"cost\"\\n"
                    + "[[integrations.pagerduty]]\\nrouting_key = \"K\"\\nsource = \"t\"\\ncategory = \"cost\" "
                    + "| integrations.pagerduty[1].routing_key",
            "[[integrations.alertmanager.inhibit_rules]]\\nsource_matchers = ['severity']\\ntarget_matchers = []\\nequal = [] "
                    + "| integrations.alertmanager.inhibit_rules[0].source_matchers[0]",
            "[[integrations.alertmanager.inhibit_rules]]\\nsource_matchers = []\\ntarget_matchers = ['a=~\"(\"']\\nequal = [] "
                    + "| integrations.alertmanager.inhibit_rules[0].target_matchers[0]",
            "[[integrations.alertmanager.inhibit_rules]]\\nsource_matchers = []\\ntarget_matchers = []\\nequal = ['bad-name'] "
                    + "| integrations.alertmanager.inhibit_rules[0].equal[0]",
    })
    void a_bad_configuration_is_refused_naming_the_key(String toml, String key) {
        assertThatThrownBy(() -> load(toml.replace("\\n", "\n"), Map.of()))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo(key));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[server]\\nlisten_adress = \"0.0.0.0:1\"   "
                    + "| server.listen_adress: unknown key (see config-reference.toml for every key)",
            "[storage]\\npool_size = 2.5                | storage.pool_size: must be a whole number",
            "[metrics.llm]\\ncost_per_1k_tokens_prompt = \"a\" "
                    + "| metrics.llm.cost_per_1k_tokens_prompt: must be a number",
            "[metrics]\\nenabled = \"yes\"                | metrics.enabled: must be true or false",
            "[storage]\\nusername = true                | storage.username: must be a string",
            "[llm]\\noperations = \"analysis\"          | llm.operations: must be a list",
            "[metrics]\\nhttp = 5                       | metrics.http: must be a table",
            "[[notifications.webhooks]]\\nname = \"a\"    | notifications.webhooks[0].url: is required",
            "[jobs]\\nworkers = 0                       | jobs.workers: must be at least 1",
            "[[integrations.alertmanager.inhibit_rules]]\\nequals = [\"a\"] "
                    + "| integrations.alertmanager.inhibit_rules[0].equals: unknown key (see config-reference.toml for every key)",
            "[[integrations.alertmanager.inhibit_rules]]\\nequal = \"a\" "
                    + "| integrations.alertmanager.inhibit_rules[0].equal: must be a list",
    })
    void a_refusal_is_one_line_saying_what_the_key_takes(String toml, String message) {
        assertThatThrownBy(() -> load(toml.replace("\\n", "\n"), Map.of()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage(message);
    }

    @Test
    void inhibit_rules_are_read_as_alertmanager_writes_them() throws Exception {
        AppConfig config = load("""
                [[integrations.alertmanager.inhibit_rules]]
                source_matchers = ['severity="P1"', 'alertname=~"Cluster.*"']
                target_matchers = ['severity=~"P3|P4"']
                equal = ["cluster"]
                """, Map.of());

        assertThat(config.integrations().alertmanager().inhibitRules()).containsExactly(new ConfiguredInhibitRule(
                List.of("severity=\"P1\"", "alertname=~\"Cluster.*\""), List.of("severity=~\"P3|P4\""), List.of("cluster")));
    }

    @Test
    void an_inhibit_rule_may_leave_out_equal_and_either_matcher_list_as_alertmanager_allows() throws Exception {
        AppConfig config = load("""
                [[integrations.alertmanager.inhibit_rules]]
                source_matchers = ['alertname="ClusterDown"']
                """, Map.of());

        assertThat(config.integrations().alertmanager().inhibitRules()).containsExactly(new ConfiguredInhibitRule(
                List.of("alertname=\"ClusterDown\""), List.of(), List.of()));
    }

    @Test
    void a_word_outside_a_closed_set_is_refused_listing_the_words() {
        assertThatThrownBy(() -> load("[llm]\nprovider = \"cohere\"\n", Map.of()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("llm.provider: must be one of none, openai, anthropic");
    }

    @Test
    void an_environment_value_is_checked_like_a_file_value() {
        Map<String, String> env = Map.of("LLMIM_METRICS_LISTEN_ADDRESS", "9090");

        assertThatThrownBy(() -> new ConfigLoader().load(Optional.empty(), env))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo("metrics.listen_address"));
    }

    @Test
    void the_specifications_alert_thresholds_are_accepted_though_no_code_reads_them() throws Exception {
        AppConfig config = load("[metrics.alerts]\nhigh_error_rate_threshold = 0.1\n", Map.of());

        assertThat(config.metrics().enabled()).isTrue();
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

        assertThat(config.integrations().alertmanager().severityMap()).containsEntry("critical", Severity.P0);
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
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo("integrations.pagerduty[0].category"));
    }

    @Test
    void an_environment_value_of_the_wrong_type_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> new ConfigLoader().load(Optional.empty(), Map.of("LLMIM_STORAGE_POOL_SIZE", "ten")))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo("LLMIM_STORAGE_POOL_SIZE"));
    }

    @Test
    void an_unreadable_file_is_refused() {
        assertThatThrownBy(() -> new ConfigLoader().load(Optional.of(dir.resolve("missing.toml")), Map.of()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("cannot read");
    }

    @Test
    void broken_toml_is_refused_naming_the_file() {
        assertThatThrownBy(() -> load("[server\nlisten_address = ", Map.of()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("not valid TOML");
    }

    @Test
    void the_metrics_defaults_in_code_are_those_of_defaults_toml() {
        AppConfig config = new ConfigLoader().load(Optional.empty(), Map.of());

        assertThat(config.metrics()).isEqualTo(MetricsSettings.defaults());
    }

    @Test
    void secrets_come_from_the_variables_the_env_keys_name_and_no_settings_record_holds_them() {
        Map<String, String> env = Map.of("LLMIM_STORAGE_PASSWORD", "db-secret", "OPENAI_API_KEY", "sk-secret",
                "LLMIM_API_TOKENS", "t1, t2,");

        AppConfig config = new ConfigLoader().load(Optional.empty(), env);

        assertThat(config.storage().password(env)).isEqualTo("db-secret");
        assertThat(config.llm().apiKey(env)).isEqualTo("sk-secret");
        assertThat(config.auth().bearerTokens(env)).containsExactlyInAnyOrder("t1", "t2");
        assertThat(config.toString()).doesNotContain("db-secret", "sk-secret", "t1");
    }

    @Test
    void every_key_listed_for_help_can_be_set_from_the_environment() {
        Map<String, String> env = new java.util.HashMap<>();
        new ConfigLoader().flatDefaults().forEach((key, value) -> env.put(
                ConfigLoader.ENV_PREFIX + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'),
                value.replaceAll("[\\[\\]\"]", "")));

        AppConfig config = new ConfigLoader().load(Optional.empty(), env);

        assertThat(config).isEqualTo(new ConfigLoader().load(Optional.empty(), Map.of()));
    }

    @Test
    void every_default_is_listed_for_help() {
        assertThat(new ConfigLoader().flatDefaults()).containsKeys("server.listen_address",
                "metrics.push_gateway.job_name", "metrics.histograms.incident_resolution_duration_seconds")
                .hasSizeGreaterThan(50);
        assertThat(List.copyOf(new ConfigLoader().flatDefaults().keySet())).doesNotHaveDuplicates();
    }
}
