package io.llmim.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.noop.NoopCounter;
import io.micrometer.core.instrument.noop.NoopDistributionSummary;
import io.micrometer.core.instrument.noop.NoopTimer;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.snapshots.Labels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * Registers meters the way the taxonomy needs them. Names are Micrometer's dotted names; the
 * Prometheus naming convention turns {@code http.requests} (counter) into {@code http_requests_total}
 * and {@code http.request.duration} (timer) into {@code http_request_duration_seconds}. Histograms
 * get exactly the given buckets and no percentile histogram.
 */
final class Meters {

    private final PrometheusMeterRegistry registry;
    private final Labels globalLabels;

    Meters(PrometheusMeterRegistry registry, Map<String, String> globalLabels) {
        this.registry = registry;
        this.globalLabels = Labels.of(new ArrayList<>(globalLabels.keySet()), new ArrayList<>(globalLabels.values()));
    }

    Counter counter(String name, String help, String... tags) {
        return Counter.builder(name).description(help).tags(tags).register(registry);
    }

    Timer timer(String name, String help, List<Double> bucketsSeconds, String... tags) {
        Duration[] slos = bucketsSeconds.stream()
                .map(seconds -> Duration.ofNanos(Math.round(seconds * 1e9)))
                .toArray(Duration[]::new);
        return Timer.builder(name).description(help).tags(tags)
                .serviceLevelObjectives(slos)
                .publishPercentileHistogram(false)
                .register(registry);
    }

    /**
     * A histogram of durations for the hot path, straight on client_java (the library under
     * Micrometer's registry, scraped with it): an observation is one bucket, count and sum update,
     * where Micrometer's timer also keeps a rotating max and costs several times more under
     * contention (issue 18). {@code name} is the exposed family name; it exposes exactly what
     * {@link #timer} would (same buckets in seconds, global labels, no {@code _max}, no exemplars).
     */
    Histogram histogram(String name, String help, List<Double> bucketsSeconds, String... labelNames) {
        return Histogram.builder().name(name).help(help)
                .classicOnly()
                .classicUpperBounds(bucketsSeconds.stream().mapToDouble(Double::doubleValue).toArray())
                .labelNames(labelNames)
                .constLabels(globalLabels)
                .withoutExemplars()
                .register(registry.getPrometheusRegistry());
    }

    DistributionSummary summary(String name, String help, List<Double> buckets, String... tags) {
        return DistributionSummary.builder(name).description(help).tags(tags)
                .serviceLevelObjectives(buckets.stream().mapToDouble(Double::doubleValue).toArray())
                .publishPercentileHistogram(false)
                .register(registry);
    }

    /** A gauge showing a value this adapter keeps itself; returns the holder to set. */
    AtomicLong gauge(String name, String help, String... tags) {
        AtomicLong value = new AtomicLong();
        gaugeOf(value, AtomicLong::get, name, help, tags);
        return value;
    }

    /** A gauge of a double value kept as its raw bits in an AtomicLong: setting it allocates nothing. */
    AtomicLong doubleGauge(String name, String help, String... tags) {
        AtomicLong bits = new AtomicLong(Double.doubleToRawLongBits(0.0));
        gaugeOf(bits, b -> Double.longBitsToDouble(b.get()), name, help, tags);
        return bits;
    }

    /**
     * A gauge read from {@code source} at each scrape. Micrometer holds {@code source} weakly: the
     * caller keeps it reachable for as long as the gauge should read it.
     */
    <S> void gaugeOf(S source, ToDoubleFunction<S> read, String name, String help, String... tags) {
        Gauge.builder(name, source, read).description(help).tags(tags).register(registry);
    }

    /** A counter read from {@code source} at each scrape, held like {@link #gaugeOf}'s. */
    <S> void counterOf(S source, ToDoubleFunction<S> read, String name, String help, String... tags) {
        FunctionCounter.builder(name, source, read).description(help).tags(tags).register(registry);
    }

    /**
     * A timer for an option switched off ({@code track_*}): registered nowhere and recording nothing,
     * so the recorder calls it like any other instead of checking for null on every call.
     */
    static Timer untrackedTimer(String name) {
        return new NoopTimer(new Meter.Id(name, Tags.empty(), null, null, Meter.Type.TIMER));
    }

    /** See {@link #untrackedTimer}: a histogram data point registered nowhere, observing nothing. */
    static DistributionDataPoint untrackedHistogram() {
        return UntrackedDataPoint.INSTANCE;
    }

    private enum UntrackedDataPoint implements DistributionDataPoint {
        INSTANCE;

        @Override
        public long getCount() {
            return 0;
        }

        @Override
        public double getSum() {
            return 0;
        }

        @Override
        public void observe(double value) {
        }

        @Override
        public void observeWithExemplar(double value, Labels labels) {
        }
    }

    /** See {@link #untrackedTimer}. */
    static DistributionSummary untrackedSummary(String name) {
        return new NoopDistributionSummary(new Meter.Id(name, Tags.empty(), null, null,
                Meter.Type.DISTRIBUTION_SUMMARY));
    }

    /** See {@link #untrackedTimer}. */
    static Counter untrackedCounter(String name) {
        return new NoopCounter(new Meter.Id(name, Tags.empty(), null, null, Meter.Type.COUNTER));
    }

    MeterRegistry registry() {
        return registry;
    }
}
