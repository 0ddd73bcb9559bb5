package io.llmim.bootstrap.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the configuration: the embedded defaults, then the operator's TOML file, then
 * {@code LLMIM_<SECTION>_<KEY>} environment variables. Every key must be one the defaults know,
 * with the same type; the first mistake is reported as a {@link ConfigException} naming the key.
 */
public final class ConfigLoader {

    static final String ENV_PREFIX = "LLMIM_";
    /** Tables whose keys are the operator's own (label names, severity words); values are strings. */
    private static final java.util.Set<String> FREE_FORM_TABLES = java.util.Set.of("metrics.global_labels",
            "integrations.alertmanager.severity_map");

    private final TomlMapper toml = new TomlMapper();
    private final ObjectMapper binder = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    private final ObjectNode defaults = resource("/defaults.toml");
    private final ObjectNode listItems = resource("/list-items.toml");

    public AppConfig load(Optional<Path> file, Map<String, String> env) {
        ObjectNode merged = defaults.deepCopy();
        listPaths().forEach(path -> parentOf(merged, path).putArray(leaf(path)));
        if (file.isPresent()) {
            ObjectNode user = read(file.get());
            check(user, defaults, "");
            merge(merged, user);
        }
        applyEnvironment(merged, defaults, "", env);
        try {
            AppConfig config = binder.treeToValue(merged, AppConfig.class);
            ConfigValidation.validate(config);
            return config;
        } catch (JacksonException e) {
            throw new ConfigException(path(e), "has the wrong type or shape");
        }
    }

    private ObjectNode read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("--config", "cannot read " + file + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        try {
            JsonNode tree = toml.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            return (ObjectNode) tree;
        } catch (JacksonException e) {
            throw new ConfigException(file.toString(), "is not valid TOML: " + e.getOriginalMessage());
        }
    }

    /** Every key of {@code user} must exist in {@code known} with a compatible type. */
    private void check(JsonNode user, JsonNode known, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> fields = user.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            JsonNode value = field.getValue();
            if (FREE_FORM_TABLES.contains(prefix)) {
                if (!value.isTextual()) {
                    throw new ConfigException(key, "must be a string");
                }
                continue;
            }
            JsonNode item = listItemOf(key);
            if (item != null) {
                if (!value.isArray()) {
                    throw new ConfigException(key, "must be a list of tables ([[" + key + "]])");
                }
                for (int i = 0; i < value.size(); i++) {
                    if (!value.get(i).isObject()) {
                        throw new ConfigException(key + "[" + i + "]", "must be a table");
                    }
                    check(value.get(i), item, key + "[" + i + "]");
                    requireAll(value.get(i), item, key + "[" + i + "]");
                }
                continue;
            }
            JsonNode expected = known == null ? null : known.get(field.getKey());
            if (expected == null && prefix.indexOf('.') < 0 && known == defaults && listItemsUnder(key)) {
                check(value, JsonNodeFactory.instance.objectNode(), key);
                continue;
            }
            if (expected == null) {
                throw new ConfigException(key, "unknown key (see config-reference.toml for every key)");
            }
            requireSameType(key, value, expected);
            if (value.isObject()) {
                check(value, expected, key);
            }
        }
    }

    private static void requireAll(JsonNode entry, JsonNode item, String key) {
        item.fieldNames().forEachRemaining(name -> {
            if (!entry.has(name)) {
                throw new ConfigException(key + "." + name, "is required");
            }
        });
    }

    private static void requireSameType(String key, JsonNode value, JsonNode expected) {
        if (expected.isObject() && !value.isObject()) {
            throw new ConfigException(key, "must be a table");
        }
        if (expected.isTextual() && !value.isTextual()) {
            throw new ConfigException(key, "must be a string");
        }
        if (expected.isBoolean() && !value.isBoolean()) {
            throw new ConfigException(key, "must be true or false");
        }
        if (expected.isIntegralNumber() && !value.isIntegralNumber()) {
            throw new ConfigException(key, "must be a whole number");
        }
        if (expected.isFloatingPointNumber() && !value.isNumber()) {
            throw new ConfigException(key, "must be a number");
        }
        if (expected.isArray()) {
            if (!value.isArray()) {
                throw new ConfigException(key, "must be a list");
            }
            JsonNode element = expected.size() > 0 ? expected.get(0) : null;
            for (int i = 0; i < value.size(); i++) {
                if (element != null) {
                    requireSameType(key + "[" + i + "]", value.get(i), element);
                }
            }
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
                if (!FREE_FORM_TABLES.contains(key)) {
                    applyEnvironment((ObjectNode) merged.get(field.getKey()), expected, key, env);
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
                    throw new ConfigException(variable, "must be true or false");
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
            throw new ConfigException(variable, "must be a number, got '" + raw + "'");
        }
    }

    private JsonNode listItemOf(String key) {
        int dot = key.indexOf('.');
        if (dot < 0 || key.indexOf('.', dot + 1) >= 0) {
            return null;
        }
        JsonNode section = listItems.get(key.substring(0, dot));
        return section == null ? null : section.get(key.substring(dot + 1));
    }

    private boolean listItemsUnder(String section) {
        return listItems.has(section);
    }

    private Iterable<String> listPaths() {
        java.util.List<String> paths = new java.util.ArrayList<>();
        listItems.fields().forEachRemaining(section -> section.getValue().fieldNames()
                .forEachRemaining(name -> paths.add(section.getKey() + "." + name)));
        return paths;
    }

    private static ObjectNode parentOf(ObjectNode root, String path) {
        ObjectNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        return node;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String path(JacksonException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder key = new StringBuilder();
            for (var reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    key.append(key.length() == 0 ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    key.append('[').append(reference.getIndex()).append(']');
                }
            }
            return key.toString();
        }
        return "configuration";
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
