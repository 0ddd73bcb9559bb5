package io.llmim.adapter.metrics;

import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The incident metrics of spec 2.2 behind the domain's {@link MetricsPort}. Every series of a
 * source is registered when the source is first seen (the spec's four sources up front), in arrays
 * indexed by severity and category, so that recording a notification is a map lookup and array
 * reads: no allocation, no registry lookup.
 */
public final class MicrometerIncidentMetrics implements MetricsPort, ActiveIncidentGauge {

    /** The sources the specification names: registered up front so dashboards show zeros. */
    static final List<String> KNOWN_SOURCES = List.of("llm-sentinel", "llm-shield", "llm-edge-agent",
            "llm-governance-core");

    private static final Severity[] SEVERITIES = Severity.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final IncidentState[] STATES = IncidentState.values();

    private final BoundedLabelValues<SourceMeters> sources;
    private final Counter[][] transitions = new Counter[STATES.length][STATES.length];
    private final Timer[] acknowledgment = new Timer[SEVERITIES.length];
    private final RecordingGuard guard;
    private final Meters meters;
    private final MetricsSettings.Incidents settings;
    private final List<Double> durationBuckets;

    MicrometerIncidentMetrics(Meters meters, MetricsSettings settings, RecordingGuard guard) {
        this.meters = meters;
        this.settings = settings.incidents();
        this.durationBuckets = settings.histograms().incidentResolutionDurationSeconds();
        this.guard = guard;
        this.sources = new BoundedLabelValues<>("source", settings.labelValueLimit(), SourceMeters::new);
        for (IncidentState from : STATES) {
            for (IncidentState to : STATES) {
                if (!from.canMoveTo(to)) {
                    continue;
                }
                transitions[from.ordinal()][to.ordinal()] = meters.counter("incident.state.transitions",
                        "Incident lifecycle state transitions", "from_state", from.name(), "to_state", to.name());
            }
        }
        if (this.settings.trackAcknowledgmentTime()) {
            for (Severity severity : SEVERITIES) {
                // The specification gives no buckets of its own for acknowledgement: it shares resolution's.
                acknowledgment[severity.ordinal()] = meters.timer("incident.acknowledgment.duration",
                        "Time from an incident's creation to its first acknowledgement", durationBuckets,
                        "severity", severity.name());
            }
        }
        KNOWN_SOURCES.forEach(sources::get);
    }

    /** The meters of one (severity, source, category): one object, so a notification reads one array slot. */
    private record LabelSet(Counter created, Counter resolved, AtomicLong active) {
    }

    /** All meters of one source value, by {@code severity * categories + category}. */
    private final class SourceMeters {
        final LabelSet[] byLabels = new LabelSet[SEVERITIES.length * CATEGORIES.length];
        final Timer[] resolution = new Timer[SEVERITIES.length];
        final Counter deduplicated;

        SourceMeters(String source) {
            for (Severity severity : SEVERITIES) {
                for (Category category : CATEGORIES) {
                    String[] tags = {"severity", severity.name(), "source", source, "category", category.label()};
                    byLabels[index(severity, category)] = new LabelSet(
                            meters.counter("incidents", "Incidents created", tags),
                            meters.counter("incidents.resolved", "Incidents resolved", tags),
                            meters.gauge("incidents.active", "Incidents currently active", tags));
                }
                if (settings.trackResolutionTime()) {
                    resolution[severity.ordinal()] = meters.timer("incident.resolution.duration",
                            "Time from an incident's creation to its resolution", durationBuckets,
                            "severity", severity.name(), "source", source);
                }
            }
            deduplicated = meters.counter("incidents.deduplicated", "Events merged into an active incident",
                    "source", source);
        }
    }

    private static int index(Severity severity, Category category) {
        return severity.ordinal() * CATEGORIES.length + category.ordinal();
    }

    @Override
    public void incidentCreated(Severity severity, String source, Category category) {
        if (!guard.allows()) {
            return;
        }
        try {
            LabelSet labels = sources.get(source).byLabels[index(severity, category)];
            labels.created().increment();
            labels.active().incrementAndGet();
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void incidentDeduplicated(String source) {
        if (!guard.allows()) {
            return;
        }
        try {
            sources.get(source).deduplicated.increment();
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void activeIncidentReclassified(String source, Severity fromSeverity, Category fromCategory,
                                           Severity toSeverity, Category toCategory) {
        if (!guard.allows()) {
            return;
        }
        try {
            SourceMeters m = sources.get(source);
            m.byLabels[index(fromSeverity, fromCategory)].active().decrementAndGet();
            m.byLabels[index(toSeverity, toCategory)].active().incrementAndGet();
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void stateTransitioned(IncidentState from, IncidentState to) {
        if (!guard.allows()) {
            return;
        }
        try {
            Counter counter = transitions[from.ordinal()][to.ordinal()];
            if (counter != null) {
                counter.increment();
            }
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void incidentAcknowledged(Severity severity, Duration timeToAcknowledge) {
        Timer timer = acknowledgment[severity.ordinal()];
        if (timer == null || !guard.allows()) {
            return;
        }
        try {
            timer.record(timeToAcknowledge.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void incidentResolved(Severity severity, String source, Category category, Duration timeToResolve) {
        if (!guard.allows()) {
            return;
        }
        try {
            SourceMeters m = sources.get(source);
            LabelSet labels = m.byLabels[index(severity, category)];
            labels.resolved().increment();
            labels.active().decrementAndGet();
            Timer resolution = m.resolution[severity.ordinal()];
            if (resolution != null) {
                resolution.record(timeToResolve.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void incidentReopened(Severity severity, String source, Category category) {
        if (!guard.allows()) {
            return;
        }
        try {
            sources.get(source).byLabels[index(severity, category)].active().incrementAndGet();
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void activeIncidentsCounted(Severity severity, String source, Category category, long count) {
        if (!guard.allows()) {
            return;
        }
        try {
            sources.get(source).byLabels[index(severity, category)].active().set(count);
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }
}
