package io.llmim.adapter.metrics;

import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.GrpcMetrics;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.StreamMetrics;
import io.llmim.application.port.out.SuppressionMetrics;
import io.llmim.domain.MetricsPort;

import java.util.Optional;

/**
 * The metrics ports the adapter hands out. A family that is switched on is its Micrometer recorder
 * behind a guarded decorator, so a recording failure is contained in that one place; a family that
 * is switched off is the port's no-op, which cannot fail and costs nothing.
 */
record MetricsPorts(MetricsPort incidents, ActiveIncidentGauge activeIncidents, HttpMetrics http, LlmMetrics llm,
                    JobMetrics jobs, DatabaseMetrics database, CacheMetrics caches,
                    Optional<MicrometerLlmMetrics> llmModels, StreamMetrics stream, SuppressionMetrics suppression,
                    GrpcMetrics grpc) {

    /** {@code [metrics] enabled = false}: nothing is measured. */
    static MetricsPorts off() {
        return new MetricsPorts(MetricsPort.noOp(), ActiveIncidentGauge.noOp(), HttpMetrics.noOp(),
                LlmMetrics.noOp(), JobMetrics.noOp(), DatabaseMetrics.noOp(), CacheMetrics.noOp(), Optional.empty(),
                StreamMetrics.noOp(), SuppressionMetrics.noOp(), GrpcMetrics.noOp());
    }

    /** Each family as its {@code [metrics.*] enabled} switch says, all behind the one guard. */
    static MetricsPorts recording(Meters meters, MetricsSettings settings, RecordingGuard guard) {
        MetricsPorts off = off();
        MetricsPort incidents = off.incidents();
        ActiveIncidentGauge activeIncidents = off.activeIncidents();
        if (settings.incidents().enabled()) {
            MicrometerIncidentMetrics recorder = new MicrometerIncidentMetrics(meters, settings);
            incidents = new GuardedIncidentMetrics(recorder, guard);
            activeIncidents = new GuardedActiveIncidentGauge(recorder, guard);
        }
        Optional<MicrometerLlmMetrics> llmModels = settings.llm().enabled()
                ? Optional.of(new MicrometerLlmMetrics(meters, settings)) : Optional.empty();
        Optional<MicrometerStoreMetrics> store = settings.system().enabled()
                ? Optional.of(new MicrometerStoreMetrics(meters, settings)) : Optional.empty();
        return new MetricsPorts(incidents, activeIncidents,
                settings.http().enabled() ? new GuardedHttpMetrics(new MicrometerHttpMetrics(meters, settings), guard)
                        : off.http(),
                llmModels.<LlmMetrics>map(recorder -> new GuardedLlmMetrics(recorder, guard)).orElse(off.llm()),
                settings.jobs().enabled() ? new GuardedJobMetrics(new MicrometerJobMetrics(meters, settings), guard)
                        : off.jobs(),
                store.<DatabaseMetrics>map(recorder -> new GuardedDatabaseMetrics(recorder, guard))
                        .orElse(off.database()),
                store.<CacheMetrics>map(recorder -> new GuardedCacheMetrics(recorder, guard)).orElse(off.caches()),
                llmModels,
                // The stream is served over HTTP: it is measured when the API is.
                settings.http().enabled() ? new GuardedStreamMetrics(new MicrometerStreamMetrics(meters), guard)
                        : off.stream(),
                // Muting is part of the incidents' story: measured when incidents are.
                settings.incidents().enabled()
                        ? new GuardedSuppressionMetrics(new MicrometerSuppressionMetrics(meters), guard)
                        : off.suppression(),
                // The specification files grpc_connections_active under the system families.
                settings.system().enabled() ? new GuardedGrpcMetrics(new MicrometerGrpcMetrics(meters), guard)
                        : off.grpc());
    }
}
