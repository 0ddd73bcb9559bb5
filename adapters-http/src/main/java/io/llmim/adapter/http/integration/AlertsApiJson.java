package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.llmim.adapter.http.InvalidRequestException;
import io.llmim.application.port.in.AlertingStatusQuery;
import io.llmim.application.port.in.QueryAlertsUseCase;
import io.llmim.application.port.in.QueryAlertsUseCase.AlertQuery;
import io.llmim.application.port.in.QueryAlertsUseCase.FiringAlert;
import io.llmim.domain.LabelMatcher;
import io.vertx.core.MultiMap;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Alertmanager API v2's query parameters and JSON shapes for alerts and receivers (its OpenAPI 2 document). */
final class AlertsApiJson {

    // Go clients read a time they must have; Alertmanager writes the zero time for "none".
    private static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private AlertsApiJson() {
    }

    static AlertQuery query(MultiMap params) {
        List<LabelMatcher> filter = params.getAll("filter").stream().map(LabelMatcher::parse).toList();
        return new AlertQuery(filter, flag(params, "active"), flag(params, "silenced"), flag(params, "inhibited"),
                flag(params, "unprocessed"), receiver(params.get("receiver")));
    }

    private static boolean flag(MultiMap params, String name) {
        String value = params.get(name);
        if (value == null) {
            return true;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(name, "must be true or false");
        };
    }

    private static Optional<Pattern> receiver(String regex) {
        if (regex == null || regex.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw new InvalidRequestException("receiver", "is not a regular expression: " + e.getDescription());
        }
    }

    static ArrayNode groups(List<QueryAlertsUseCase.AlertGroup> groups, ObjectMapper json) {
        ArrayNode body = json.createArrayNode();
        for (QueryAlertsUseCase.AlertGroup group : groups) {
            ObjectNode node = body.addObject();
            strings(node.putObject("labels"), group.labels());
            node.putObject("receiver").put("name", group.receiver());
            node.set("alerts", alerts(group.alerts(), json));
        }
        return body;
    }

    static ArrayNode alerts(List<FiringAlert> alerts, ObjectMapper json) {
        ArrayNode body = json.createArrayNode();
        for (FiringAlert alert : alerts) {
            ObjectNode node = body.addObject();
            strings(node.putObject("labels"), alert.labels());
            strings(node.putObject("annotations"), alert.annotations());
            node.put("startsAt", time(alert.startsAt()));
            node.put("endsAt", time(alert.endsAt()));
            node.put("updatedAt", time(alert.updatedAt() == null ? alert.startsAt() : alert.updatedAt()));
            node.put("generatorURL", alert.generatorUrl() == null ? "" : alert.generatorUrl());
            node.put("fingerprint", alert.fingerprint());
            node.set("receivers", receivers(alert.receivers(), json));
            ObjectNode status = node.putObject("status").put("state", alert.state().name().toLowerCase(Locale.ROOT));
            alert.silencedBy().forEach(status.putArray("silencedBy")::add);
            alert.inhibitedBy().forEach(status.putArray("inhibitedBy")::add);
        }
        return body;
    }

    static ArrayNode receivers(List<String> names, ObjectMapper json) {
        ArrayNode receivers = json.createArrayNode();
        names.forEach(name -> receivers.addObject().put("name", name));
        return receivers;
    }

    /** The status; {@code config.original} is the routing as Alertmanager configuration YAML. */
    static ObjectNode status(AlertingStatusQuery.AlertingStatus status, ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.putObject("versionInfo").put("version", status.version()).put("revision", "").put("branch", "")
                .put("buildUser", "").put("buildDate", "").put("goVersion", "");
        body.put("uptime", status.startedAt().toString());
        body.putObject("config").put("original", routingYaml(status, json));
        ObjectNode cluster = body.putObject("cluster").put("status", status.cluster().status());
        if (!status.cluster().name().isEmpty()) {
            cluster.put("name", status.cluster().name());
        }
        ArrayNode peers = cluster.putArray("peers");
        status.cluster().peers().forEach(peer -> peers.addObject().put("name", peer.name()).put("address", peer.address()));
        return body;
    }

    // JSON strings are YAML double-quoted scalars, so names with any character stay one scalar.
    private static String routingYaml(AlertingStatusQuery.AlertingStatus status, ObjectMapper json) {
        StringBuilder yaml = new StringBuilder()
                .append("global:\n  resolve_timeout: ").append(status.resolveTimeout().toSeconds()).append("s\n")
                .append("route:\n  group_by: ").append(scalar(status.groupBy(), json)).append('\n');
        if (!status.receivers().isEmpty()) {
            yaml.append("  receiver: ").append(scalar(status.receivers().get(0), json)).append('\n');
        }
        yaml.append("receivers:");
        if (status.receivers().isEmpty()) {
            yaml.append(" []");
        }
        status.receivers().forEach(name -> yaml.append("\n- name: ").append(scalar(name, json)));
        return yaml.append('\n').toString();
    }

    private static String scalar(Object value, ObjectMapper json) {
        JsonNode node = json.valueToTree(value);
        return node.toString();
    }

    private static void strings(ObjectNode node, Map<String, String> values) {
        values.forEach(node::put);
    }

    private static String time(Instant instant) {
        return (instant == null ? ZERO_TIME : instant).toString();
    }
}
