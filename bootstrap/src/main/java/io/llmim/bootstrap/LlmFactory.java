package io.llmim.bootstrap;

import io.llmim.adapter.llm.LlmAdapters;
import io.llmim.adapter.llm.LlmProvider;
import io.llmim.adapter.llm.LlmSettings;
import io.llmim.bootstrap.config.AppConfig;

import java.util.Map;

/**
 * The LLM area: the model ports {@code [llm]} asks for, or a caller's stubs. Nothing here needs
 * stopping: the provider clients run on the service's Vert.x and close with it.
 */
final class LlmFactory {

    private LlmFactory() {
    }

    static LlmAdapters.LlmPorts create(AppConfig config, Map<String, String> env, Adapters adapters,
                                       MetricsFactory.StartedMetrics metrics) {
        LlmSettings settings = config.llm();
        metrics.adapter().registerLlmModel(settings.provider().label(),
                settings.provider() == LlmProvider.NONE ? "rules" : settings.model());
        return adapters.llm().orElseGet(() -> LlmAdapters.create(metrics.vertx(), settings, settings.apiKey(env),
                SettingsMapping.llmPrices(config), metrics.adapter().llm()));
    }
}
