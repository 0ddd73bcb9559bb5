package io.llmim.application.inhibition;

import io.llmim.application.suppression.Hold;
import io.llmim.application.suppression.HoldReason;
import io.llmim.application.suppression.MatchableLabels;
import io.llmim.application.testing.EventBuilder;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.domain.Incident;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/** Alertmanager's inhibition semantics over incidents (its inhibit/inhibit_test.go, TestInhibitRuleHasEqual and TestInhibit). */
class InhibitionHoldsTest {

    private static final Instant NOW = Instant.parse("2026-06-07T01:00:00Z");

    private final InMemoryIncidentRepository incidents = new InMemoryIncidentRepository();
    private final MutableClock clock = new MutableClock(NOW);

    // A P1 anywhere inhibits the P3s of the same cluster.
    private final InhibitRule p1InhibitsP3 = rule(List.of("severity=\"P1\""), List.of("severity=\"P3\""), "cluster");

    private static InhibitRule rule(List<String> source, List<String> target, String... equal) {
        return new InhibitRule(source.stream().map(LabelMatcher::parse).toList(),
                target.stream().map(LabelMatcher::parse).toList(), Arrays.asList(equal));
    }

    private InhibitionHolds holds(InhibitRule... rules) {
        return new InhibitionHolds(List.of(rules), incidents, clock, Duration.ofSeconds(5), 1_000);
    }

    private Incident stored(EventBuilder event) {
        Incident incident = anIncident().from(event).openedAt(NOW).build();
        incidents.add(incident);
        return incident;
    }

    private static EventBuilder event(Severity severity, String title) {
        return anEvent().withSeverity(severity).withTitle(title);
    }

    private static Optional<Hold> holdOn(InhibitionHolds holds, Incident target) {
        return holds.holdOn(target, MatchableLabels.of(target), NOW);
    }

    @Test
    void an_active_source_inhibits_a_target_with_equal_labels_naming_the_source() {
        Incident source = stored(event(Severity.P1, "cluster down").withLabel("cluster", "eu-1"));
        Incident target = stored(event(Severity.P3, "latency").withLabel("cluster", "eu-1"));

        assertThat(holdOn(holds(p1InhibitsP3), target))
                .contains(new Hold(HoldReason.INHIBITED, List.of(source.id().value())));
    }

    @Test
    void a_source_with_another_value_of_an_equal_label_does_not_inhibit() {
        stored(event(Severity.P1, "cluster down").withLabel("cluster", "us-1"));
        Incident target = stored(event(Severity.P3, "latency").withLabel("cluster", "eu-1"));

        assertThat(holdOn(holds(p1InhibitsP3), target)).isEmpty();
    }

    @Test
    void an_equal_label_missing_on_both_counts_as_equal() {
        stored(event(Severity.P1, "cluster down"));
        Incident target = stored(event(Severity.P3, "latency"));

        assertThat(holdOn(holds(p1InhibitsP3), target)).isPresent();
    }

    @Test
    void an_equal_label_missing_on_one_side_only_is_not_equal() {
        stored(event(Severity.P1, "cluster down"));
        Incident target = stored(event(Severity.P3, "latency").withLabel("cluster", "eu-1"));

        assertThat(holdOn(holds(p1InhibitsP3), target)).isEmpty();
    }

    @Test
    void a_resolved_source_no_longer_inhibits() {
        Incident source = stored(event(Severity.P1, "cluster down"));
        source.resolve("alice", NOW, "fixed", null);
        incidents.update(source);
        Incident target = stored(event(Severity.P3, "latency"));

        assertThat(holdOn(holds(p1InhibitsP3), target)).isEmpty();
    }

    @Test
    void a_target_the_rule_does_not_match_is_not_inhibited() {
        stored(event(Severity.P1, "cluster down"));
        Incident other = stored(event(Severity.P2, "errors"));

        assertThat(holdOn(holds(p1InhibitsP3), other)).isEmpty();
    }

    @Test
    void an_incident_never_inhibits_itself() {
        InhibitRule chatInhibitsChat = rule(List.of("service=\"chat\""), List.of("service=\"chat\""));
        Incident only = stored(event(Severity.P1, "chat down").withLabel("service", "chat"));

        assertThat(holdOn(holds(chatInhibitsChat), only)).isEmpty();
    }

    @Test
    void two_incidents_matching_both_sides_of_a_rule_do_not_inhibit_each_other() {
        InhibitRule chatInhibitsChat = rule(List.of("service=\"chat\""), List.of("service=\"chat\""));
        stored(event(Severity.P1, "chat down").withLabel("service", "chat"));
        Incident second = stored(event(Severity.P2, "chat slow").withLabel("service", "chat"));

        assertThat(holdOn(holds(chatInhibitsChat), second)).isEmpty();
    }

    @Test
    void every_inhibiting_incident_is_named_once_whatever_the_rules() {
        InhibitRule anyP1InhibitsP3 = rule(List.of("severity=~\"P0|P1\""), List.of("severity=\"P3\""));
        Incident first = stored(event(Severity.P1, "cluster down"));
        Incident second = stored(event(Severity.P0, "region down"));
        Incident target = stored(event(Severity.P3, "latency"));

        assertThat(holdOn(holds(p1InhibitsP3, anyP1InhibitsP3), target).orElseThrow().by())
                .containsExactlyInAnyOrder(first.id().value(), second.id().value());
    }

    @Test
    void the_active_incidents_are_read_again_only_after_the_refresh() {
        InhibitionHolds holds = holds(p1InhibitsP3);
        Incident target = stored(event(Severity.P3, "latency"));
        Optional<Hold> before = holdOn(holds, target);
        stored(event(Severity.P1, "cluster down"));

        Optional<Hold> withinRefresh = holdOn(holds, target);
        clock.advance(Duration.ofSeconds(5));
        Optional<Hold> afterRefresh = holdOn(holds, target);

        assertThat(before).isEmpty();
        assertThat(withinRefresh).isEmpty();
        assertThat(afterRefresh).isPresent();
    }

    @Test
    void at_most_max_sources_active_incidents_are_read() {
        for (int i = 0; i < 5; i++) {
            stored(event(Severity.P1, "cluster down " + i));
        }
        Incident target = stored(event(Severity.P3, "latency"));
        InhibitionHolds bounded = new InhibitionHolds(List.of(p1InhibitsP3), incidents, clock, Duration.ofSeconds(5), 3);

        assertThat(holdOn(bounded, target).orElseThrow().by()).hasSizeLessThanOrEqualTo(3);
    }
}
