package io.llmim.adapter.llm;

import io.llmim.application.settings.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmSettingsTest {

    private static LlmSettings withBaseUrl(String baseUrl) {
        return new LlmSettings(LlmProvider.OPENAI, baseUrl, "gpt-4", "OPENAI_API_KEY", 30, 2, Set.of(),
                new LlmSettings.CircuitBreakerSettings(5, 30));
    }

    @Test
    void a_base_url_that_is_not_http_is_refused_naming_the_key() {
        assertThatThrownBy(() -> withBaseUrl("ftp://models.example"))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo("base_url"));
    }

    @Test
    void a_trailing_slash_of_the_base_url_is_dropped() {
        assertThat(withBaseUrl("http://vllm:8000/v1/").baseUrl()).isEqualTo("http://vllm:8000/v1");
    }

    @Test
    void a_circuit_breaker_that_never_opens_is_refused_naming_the_key() {
        assertThatThrownBy(() -> new LlmSettings.CircuitBreakerSettings(0, 30))
                .isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo("failure_threshold"));
    }

    @Test
    void the_api_key_comes_from_the_variable_api_key_env_names() {
        LlmSettings settings = withBaseUrl("https://api.openai.com/v1");

        assertThat(settings.apiKey(Map.of("OPENAI_API_KEY", "sk-1"))).isEqualTo("sk-1");
        assertThat(settings.apiKey(Map.of())).isEmpty();
    }
}
