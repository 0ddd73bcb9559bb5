package io.llmim.bootstrap.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.llmim.application.settings.InvalidSettingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the configuration: the embedded defaults, then the operator's TOML file over them, then
 * {@code LLMIM_<SECTION>_<KEY>} environment variables, bound to {@link AppConfig} by
 * {@link ConfigBinding}; the first mistake is reported as a {@link InvalidSettingException} naming the key.
 */
public final class ConfigLoader {

    static final String ENV_PREFIX = "LLMIM_";

    private final TomlMapper toml = new TomlMapper();
    private final ObjectNode defaults = resource("/defaults.toml");
    private final ConfigBinding binding = new ConfigBinding();

    public AppConfig load(Optional<Path> file, Map<String, String> env) {
        ObjectNode merged = defaults.deepCopy();
        file.ifPresent(path -> merge(merged, read(path)));
        applyEnvironment(merged, defaults, "", env);
        return binding.bind(merged);
    }

    private ObjectNode read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidSettingException("--config", "cannot read " + file + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        try {
            JsonNode tree = toml.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            return (ObjectNode) tree;
        } catch (JacksonException e) {
            throw new InvalidSettingException(file.toString(), "is not valid TOML: " + e.getOriginalMessage());
        }
    }

    private static void merge(ObjectNode into, JsonNode from) {
        from.fields().forEachRemaining(field -> {
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode target && field.getValue().isObject()) {
                merge(target, field.getValue());
            } else {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    /** {@code LLMIM_SERVER_LISTEN_ADDRESS} overrides {@code server.listen_address}; lists are comma-separated. */
    private static void applyEnvironment(ObjectNode merged, JsonNode known, String prefix, Map<String, String> env) {
        known.fields().forEachRemaining(field -> {
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            JsonNode expected = field.getValue();
            if (expected.isObject()) {
                if (merged.get(field.getKey()) instanceof ObjectNode table) {
                    applyEnvironment(table, expected, key, env);
                }
                return;
            }
            String variable = ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
            String raw = env.get(variable);
            if (raw != null) {
                merged.set(field.getKey(), fromEnvironment(variable, raw.strip(), expected));
            }
        });
    }

    private static JsonNode fromEnvironment(String variable, String raw, JsonNode expected) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        try {
            if (expected.isBoolean()) {
                if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
                    throw new InvalidSettingException(variable, "must be true or false");
                }
                return nodes.booleanNode(Boolean.parseBoolean(raw));
            }
            if (expected.isIntegralNumber()) {
                return nodes.numberNode(Long.parseLong(raw));
            }
            if (expected.isFloatingPointNumber()) {
                return nodes.numberNode(Double.parseDouble(raw));
            }
            if (expected.isArray()) {
                ArrayNode list = nodes.arrayNode();
                JsonNode element = expected.size() > 0 ? expected.get(0) : nodes.textNode("");
                for (String part : raw.split(",")) {
                    if (!part.isBlank()) {
                        list.add(fromEnvironment(variable, part.strip(), element));
                    }
                }
                return list;
            }
            return nodes.textNode(raw);
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(variable, "must be a number, got '" + raw + "'");
        }
    }

    private ObjectNode resource(String name) {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return (ObjectNode) toml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults as flat {@code key = value} lines, for {@code --help}. */
    public Map<String, String> flatDefaults() {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten(defaults, "", flat);
        return flat;
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> into) {
        node.fields().forEachRemaining(field -> {
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (field.getValue().isObject()) {
                flatten(field.getValue(), key, into);
            } else {
                into.put(key, field.getValue().toString());
            }
        });
    }
}
