package io.llmim.adapter.metrics;

import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import io.micrometer.core.instrument.Counter;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The incident families ({@code incidents_*}, {@code incident_*} in docs/metrics.md, "The taxonomy")
 * behind the domain's {@link MetricsPort}, and the store's count behind {@link ActiveIncidentGauge}.
 * Every series of a source is registered when the source is first seen (the four known sources up
 * front), in arrays indexed by severity and category, so that recording a notification is finding the
 * source in {@link BoundedLabelValues} and array reads: no allocation, no registry lookup. The two
 * duration histograms are client_java's own ({@link Meters#histogram}), scraped with the rest:
 * Micrometer's timer cost 6x more per observation under contention (issue 18). Failures are
 * contained by the guarded decorators in front of it, not here.
 */
public final class MicrometerIncidentMetrics implements MetricsPort, ActiveIncidentGauge {

    /** The sources the metrics taxonomy names: registered up front so dashboards show zeros. */
    static final List<String> KNOWN_SOURCES = List.of("llm-sentinel", "llm-shield", "llm-edge-agent",
            "llm-governance-core");

    private static final Severity[] SEVERITIES = Severity.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final IncidentState[] STATES = IncidentState.values();

    private final BoundedLabelValues<SourceMeters> sources;
    private final Counter[][] transitions = new Counter[STATES.length][STATES.length];
    private final DistributionDataPoint[] acknowledgment = new DistributionDataPoint[SEVERITIES.length];
    private final Meters meters;
    private final MetricsSettings.Incidents settings;
    private final Histogram resolutionHistogram;

    MicrometerIncidentMetrics(Meters meters, MetricsSettings settings) {
        this.meters = meters;
        this.settings = settings.incidents();
        // The taxonomy gives acknowledgement no buckets of its own: it shares resolution's.
        List<Double> durationBuckets = settings.histograms().incidentResolutionDurationSeconds();
        this.resolutionHistogram = this.settings.trackResolutionTime()
                ? meters.histogram("incident_resolution_duration_seconds",
                        "Time from an incident's creation to its resolution", durationBuckets, "severity", "source")
                : null;
        Histogram acknowledgmentHistogram = this.settings.trackAcknowledgmentTime()
                ? meters.histogram("incident_acknowledgment_duration_seconds",
                        "Time from an incident's creation to its first acknowledgement", durationBuckets, "severity")
                : null;
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
        for (Severity severity : SEVERITIES) {
            acknowledgment[severity.ordinal()] = acknowledgmentHistogram != null
                    ? acknowledgmentHistogram.labelValues(severity.name())
                    : Meters.untrackedHistogram();
        }
        KNOWN_SOURCES.forEach(sources::get);
    }

    /** The meters of one (severity, source, category): one object, so a notification reads one array slot. */
    private record LabelSet(Counter created, Counter resolved, AtomicLong active) {
    }

    /** All meters of one source value, by {@code severity * categories + category}. */
    private final class SourceMeters {
        final LabelSet[] byLabels = new LabelSet[SEVERITIES.length * CATEGORIES.length];
        final DistributionDataPoint[] resolution = new DistributionDataPoint[SEVERITIES.length];
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
                resolution[severity.ordinal()] = resolutionHistogram != null
                        ? resolutionHistogram.labelValues(severity.name(), source)
                        : Meters.untrackedHistogram();
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
        LabelSet labels = sources.get(source).byLabels[index(severity, category)];
        labels.created().increment();
        labels.active().incrementAndGet();
    }

    @Override
    public void incidentDeduplicated(String source) {
        sources.get(source).deduplicated.increment();
    }

    @Override
    public void activeIncidentReclassified(String source, Severity fromSeverity, Category fromCategory,
                                           Severity toSeverity, Category toCategory) {
        SourceMeters m = sources.get(source);
        m.byLabels[index(fromSeverity, fromCategory)].active().decrementAndGet();
        m.byLabels[index(toSeverity, toCategory)].active().incrementAndGet();
    }

    @Override
    public void stateTransitioned(IncidentState from, IncidentState to) {
        Counter counter = transitions[from.ordinal()][to.ordinal()];
        if (counter != null) {
            counter.increment();
        }
    }

    @Override
    public void incidentAcknowledged(Severity severity, Duration timeToAcknowledge) {
        acknowledgment[severity.ordinal()].observe(seconds(timeToAcknowledge));
    }

    @Override
    public void incidentResolved(Severity severity, String source, Category category, Duration timeToResolve) {
        SourceMeters m = sources.get(source);
        LabelSet labels = m.byLabels[index(severity, category)];
        labels.resolved().increment();
        labels.active().decrementAndGet();
        m.resolution[severity.ordinal()].observe(seconds(timeToResolve));
    }

    /** As Micrometer's timer turned nanoseconds into the base unit, so that sums stay the same. */
    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    @Override
    public void incidentReopened(Severity severity, String source, Category category) {
        sources.get(source).byLabels[index(severity, category)].active().incrementAndGet();
    }

    @Override
    public void activeIncidentsCounted(Severity severity, String source, Category category, long count) {
        sources.get(source).byLabels[index(severity, category)].active().set(count);
    }
}
