package io.llmim.application.integration;

import io.llmim.application.port.in.AlertmanagerNotification;
import io.llmim.application.port.in.IngestAlertmanagerUseCase;
import io.llmim.application.port.in.ReceiveAlertsUseCase;
import io.llmim.domain.InvalidIncidentDataException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Alertmanager's {@code POST /api/v2/alerts} over the webhook receiver: the alerts of one request
 * are grouped the way an Alertmanager route with {@code group_by} would group them, and each group
 * is handed to {@link IngestAlertmanagerUseCase} as the notification Alertmanager would have sent,
 * so the mapping to severity, source, category and title is the webhook's, written once.
 *
 * @param grouping       which alerts are one group, so one incident
 * @param resolveTimeout how long an alert posted without an end fires without a repeat
 */
public record PostedAlertsService(IngestAlertmanagerUseCase alertGroups, AlertGrouping grouping, Duration resolveTimeout,
                                  Clock clock) implements ReceiveAlertsUseCase {

    static final String RECEIVER = "api-v2";

    // Prometheus' label name syntax, which Alertmanager enforces on posted alerts.
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    @Override
    public void receive(List<PostedAlert> alerts) {
        for (int i = 0; i < alerts.size(); i++) {
            validate("alerts[" + i + "]", alerts.get(i));
        }
        Instant now = clock.instant();
        Map<Map<String, String>, List<AlertmanagerNotification.Alert>> groups = new LinkedHashMap<>();
        for (PostedAlert alert : alerts) {
            groups.computeIfAbsent(grouping.groupLabels(alert.labels()), group -> new ArrayList<>()).add(member(alert, now, resolveTimeout));
        }
        // One unit of work for the whole request: one commit (one fsync on SQLite) however many groups.
        alertGroups.ingestAll(groups.entrySet().stream().map(group -> notification(group.getKey(), group.getValue())).toList());
    }

    private static void validate(String field, PostedAlert alert) {
        if (alert.labels().isEmpty()) {
            throw new InvalidIncidentDataException(field + ".labels", "at least one label pair required");
        }
        for (Map.Entry<String, String> label : alert.labels().entrySet()) {
            if (!LABEL_NAME.matcher(label.getKey()).matches()) {
                throw new InvalidIncidentDataException(field + ".labels", "invalid label name \"" + label.getKey() + "\"");
            }
            if (label.getValue().isEmpty()) {
                throw new InvalidIncidentDataException(field + ".labels", "empty value for label \"" + label.getKey() + "\"");
            }
        }
        if (alert.startsAt() != null && alert.endsAt() != null && alert.endsAt().isBefore(alert.startsAt())) {
            throw new InvalidIncidentDataException(field + ".endsAt", "start time must be before end time");
        }
    }

    // As Alertmanager: an alert without a start started when it arrived, one without an end ends a
    // resolve timeout later unless repeated, and one whose end has passed is resolved.
    private static AlertmanagerNotification.Alert member(PostedAlert alert, Instant now, Duration resolveTimeout) {
        Instant endsAt = alert.endsAt() == null ? now.plus(resolveTimeout) : alert.endsAt();
        return new AlertmanagerNotification.Alert(endsAt.isAfter(now) ? "firing" : "resolved", alert.labels(),
                alert.annotations(), alert.startsAt() == null ? now : alert.startsAt(), endsAt, alert.generatorUrl(),
                LabelSetFingerprint.of(alert.labels()));
    }

    private static AlertmanagerNotification notification(Map<String, String> groupLabels,
                                                         List<AlertmanagerNotification.Alert> members) {
        boolean firing = members.stream().anyMatch(AlertmanagerNotification.Alert::firing);
        return new AlertmanagerNotification(groupKey(groupLabels), firing ? "firing" : "resolved", RECEIVER,
                groupLabels, common(members, AlertmanagerNotification.Alert::labels),
                common(members, AlertmanagerNotification.Alert::annotations), null, 0, members);
    }

    // Alertmanager's group key for a group of the root route: "{}:" and the group labels.
    private static String groupKey(Map<String, String> groupLabels) {
        return groupLabels.entrySet().stream().map(label -> label.getKey() + "=\"" + label.getValue() + "\"")
                .collect(Collectors.joining(", ", "{}:{", "}"));
    }

    // What a webhook notification calls common: the pairs every alert of the group has.
    private static Map<String, String> common(List<AlertmanagerNotification.Alert> members,
                                              Function<AlertmanagerNotification.Alert, Map<String, String>> pairs) {
        Map<String, String> common = new HashMap<>(pairs.apply(members.get(0)));
        members.forEach(member -> common.entrySet().removeIf(pair -> !pair.getValue().equals(pairs.apply(member).get(pair.getKey()))));
        return common;
    }
}
