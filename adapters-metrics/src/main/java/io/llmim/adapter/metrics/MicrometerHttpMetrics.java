package io.llmim.adapter.metrics;

import io.llmim.application.port.out.HttpMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The {@code http_*} families (docs/metrics.md, "The taxonomy"). Meters of a (method, path, status)
 * are created on first use and then reached through {@link BoundedLabelValues} and array reads; paths
 * are capped like every open label. Failures are contained by {@link GuardedHttpMetrics}, not here.
 */
public final class MicrometerHttpMetrics implements HttpMetrics {

    private static final List<Double> SIZE_BUCKETS = List.of(100.0, 1024.0, 10240.0, 102400.0, 1048576.0,
            10485760.0);
    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE",
            "CONNECT", "OTHER"};
    private static final int OTHER_METHOD = METHODS.length - 1;
    private static final int STATUSES = 600;

    private final Meters meters;
    private final MetricsSettings.Http settings;
    private final List<Double> durationBuckets;
    private final BoundedLabelValues<PathMeters> paths;

    MicrometerHttpMetrics(Meters meters, MetricsSettings settings) {
        this.meters = meters;
        this.settings = settings.http();
        this.durationBuckets = settings.histograms().httpRequestDurationSeconds();
        this.paths = new BoundedLabelValues<>("path", settings.labelValueLimit(), PathMeters::new);
    }

    private final class PathMeters {
        final String path;
        final MethodMeters[] byMethod = new MethodMeters[METHODS.length];

        PathMeters(String path) {
            this.path = path;
        }

        MethodMeters method(String method) {
            int index = methodIndex(method);
            MethodMeters found = byMethod[index];
            return found != null ? found : create(index);
        }

        private synchronized MethodMeters create(int index) {
            if (byMethod[index] == null) {
                byMethod[index] = new MethodMeters(METHODS[index], path);
            }
            return byMethod[index];
        }
    }

    private final class MethodMeters {
        final String method;
        final String path;
        final AtomicLong inFlight;
        final DistributionSummary requestSize;
        final DistributionSummary responseSize;
        final AtomicReferenceArray<StatusMeters> byStatus = new AtomicReferenceArray<>(STATUSES);

        MethodMeters(String method, String path) {
            this.method = method;
            this.path = path;
            this.inFlight = meters.gauge("http.requests.in.flight", "HTTP requests being served",
                    "method", method, "path", path);
            this.requestSize = settings.trackRequestSize() ? meters.summary("http.request.size.bytes",
                    "HTTP request body size", SIZE_BUCKETS, "method", method, "path", path)
                    : Meters.untrackedSummary("http.request.size.bytes");
            this.responseSize = settings.trackResponseSize() ? meters.summary("http.response.size.bytes",
                    "HTTP response body size", SIZE_BUCKETS, "method", method, "path", path)
                    : Meters.untrackedSummary("http.response.size.bytes");
        }

        StatusMeters status(int status) {
            int index = status >= 0 && status < STATUSES ? status : 0;
            StatusMeters found = byStatus.get(index);
            return found != null ? found : create(index);
        }

        private synchronized StatusMeters create(int status) {
            StatusMeters found = byStatus.get(status);
            if (found == null) {
                String code = String.valueOf(status);
                found = new StatusMeters(
                        meters.counter("http.requests", "HTTP requests served", "method", method, "path", path,
                                "status", code),
                        meters.timer("http.request.duration", "HTTP request latency", durationBuckets,
                                "method", method, "path", path, "status", code));
                byStatus.set(status, found);
            }
            return found;
        }
    }

    private record StatusMeters(Counter requests, Timer duration) {
    }

    @Override
    public void requestStarted(String method, String path) {
        paths.get(path).method(method).inFlight.incrementAndGet();
    }

    @Override
    public void requestCompleted(String method, String path, int status, long durationNanos,
                                 long requestBytes, long responseBytes) {
        MethodMeters m = paths.get(path).method(method);
        m.inFlight.decrementAndGet();
        StatusMeters s = m.status(status);
        s.requests.increment();
        s.duration.record(durationNanos, TimeUnit.NANOSECONDS);
        if (requestBytes >= 0) {
            m.requestSize.record(requestBytes);
        }
        if (responseBytes >= 0) {
            m.responseSize.record(responseBytes);
        }
    }

    private static int methodIndex(String method) {
        return switch (method) {
            case "GET" -> 0;
            case "HEAD" -> 1;
            case "POST" -> 2;
            case "PUT" -> 3;
            case "DELETE" -> 4;
            case "PATCH" -> 5;
            case "OPTIONS" -> 6;
            case "TRACE" -> 7;
            case "CONNECT" -> 8;
            default -> OTHER_METHOD;
        };
    }
}
