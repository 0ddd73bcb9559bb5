package io.llmim.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.llmim.adapter.metrics.MetricsSettings;
import io.llmim.application.settings.InvalidSettingException;
import io.llmim.domain.Severity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binds the merged TOML tree to {@link AppConfig} strictly: an unknown key, a value of the wrong
 * type, a word outside an enum, a missing entry key or a value a record refuses each become one
 * {@link InvalidSettingException} naming the full path of the key ({@code notifications.webhooks[0].url}).
 */
final class ConfigBinding {

    private final JsonMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(new ConfigKeys())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addMixIn(MetricsSettings.class, UnreadMetricsKeys.class)
            .build();

    /** The specification names {@code [metrics.alerts]}; the thresholds live in the shipped alert rules instead. */
    @JsonIgnoreProperties("alerts")
    private interface UnreadMetricsKeys {
    }

    AppConfig bind(JsonNode tree) {
        try {
            return mapper.treeToValue(tree, AppConfig.class);
        } catch (JacksonException e) {
            throw refusal(e);
        }
    }

    private static InvalidSettingException refusal(JacksonException e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        if (e.getCause() instanceof InvalidSettingException invalid) {
            return invalid.within(path);
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new InvalidSettingException(path, "unknown key (see config-reference.toml for every key)");
        }
        if (e instanceof MismatchedInputException && isMissingKey(e)) {
            return new InvalidSettingException(path, "is required");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new InvalidSettingException(path, expected(mismatch.getTargetType()));
        }
        return new InvalidSettingException(path.isEmpty() ? "configuration" : path, "has the wrong type or shape");
    }

    private static String path(JsonMappingException e) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                key.append(key.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                key.append('[').append(reference.getIndex()).append(']');
            }
        }
        return key.toString();
    }

    /** Jackson tells a missing key from a mistyped one only in its message (the path names the key). */
    private static boolean isMissingKey(JacksonException e) {
        return e.getOriginalMessage().startsWith("Missing creator property");
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(ConfigBinding::word)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "must be a table" : "has the wrong type";
    }

    /** How the configuration writes an enum constant: severities as P0..P4, every other word in lower case. */
    private static String word(Object constant) {
        String name = ((Enum<?>) constant).name();
        return constant instanceof Severity ? name : name.toLowerCase(Locale.ROOT);
    }

    /** snake_case, a digit run its own word: {@code costPer1kTokensPrompt} is {@code cost_per_1k_tokens_prompt}. */
    private static final class ConfigKeys extends PropertyNamingStrategies.NamingBase {
        @Override
        public String translate(String name) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (Character.isUpperCase(c)) {
                    key.append('_').append(Character.toLowerCase(c));
                } else if (Character.isDigit(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                    key.append('_').append(c);
                } else {
                    key.append(c);
                }
            }
            return key.toString();
        }
    }
}
