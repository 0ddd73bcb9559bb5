package io.llmim.adapter.metrics;

import io.llmim.application.port.out.ActiveIncidentGauge;
import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.GrpcMetrics;
import io.llmim.application.port.out.StreamMetrics;
import io.llmim.application.port.out.SuppressionMetrics;
import io.llmim.application.testing.ThrowingHttpMetrics;
import io.llmim.application.testing.ThrowingMetricsPort;
import io.llmim.domain.Category;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Whatever a recorder throws stays in its guarded decorator: the caller carries on, the failure is counted. */
class GuardedPortsTest {

    /** Every metrics port the adapter hands out, with its guarded decorator. */
    private static final Map<Class<?>, BiFunction<Object, RecordingGuard, Object>> DECORATORS = Map.of(
            MetricsPort.class, (recorder, guard) -> new GuardedIncidentMetrics((MetricsPort) recorder, guard),
            ActiveIncidentGauge.class,
            (recorder, guard) -> new GuardedActiveIncidentGauge((ActiveIncidentGauge) recorder, guard),
            HttpMetrics.class, (recorder, guard) -> new GuardedHttpMetrics((HttpMetrics) recorder, guard),
            LlmMetrics.class, (recorder, guard) -> new GuardedLlmMetrics((LlmMetrics) recorder, guard),
            JobMetrics.class, (recorder, guard) -> new GuardedJobMetrics((JobMetrics) recorder, guard),
            DatabaseMetrics.class, (recorder, guard) -> new GuardedDatabaseMetrics((DatabaseMetrics) recorder, guard),
            CacheMetrics.class, (recorder, guard) -> new GuardedCacheMetrics((CacheMetrics) recorder, guard),
            StreamMetrics.class, (recorder, guard) -> new GuardedStreamMetrics((StreamMetrics) recorder, guard),
            SuppressionMetrics.class,
            (recorder, guard) -> new GuardedSuppressionMetrics((SuppressionMetrics) recorder, guard),
            GrpcMetrics.class, (recorder, guard) -> new GuardedGrpcMetrics((GrpcMetrics) recorder, guard));

    private final AtomicLong now = new AtomicLong();
    private final RecordingGuard guard = new RecordingGuard(2, Duration.ofMinutes(1), now::get);

    static Stream<Arguments> everyMethodOfEveryPort() {
        return DECORATORS.keySet().stream().flatMap(port -> Arrays.stream(port.getMethods())
                .filter(method -> !java.lang.reflect.Modifier.isStatic(method.getModifiers()))
                .map(method -> Arguments.of(port.getSimpleName(), method.getName(), port, method)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("everyMethodOfEveryPort")
    void a_throwing_recorder_never_reaches_the_caller(String portName, String methodName, Class<?> port,
                                                      Method method) {
        Object guarded = DECORATORS.get(port).apply(throwing(port), guard);

        assertThatCode(() -> method.invoke(guarded, arguments(method))).doesNotThrowAnyException();
        assertThat(guard.totalFailures()).isEqualTo(1);
    }

    @Test
    void once_recording_is_switched_off_the_recorder_is_not_called_until_the_cool_down_ends() {
        ThrowingMetricsPort recorder = new ThrowingMetricsPort();
        MetricsPort guarded = new GuardedIncidentMetrics(recorder, guard);
        guarded.incidentDeduplicated("llm-shield");
        guarded.incidentDeduplicated("llm-shield");

        guarded.incidentDeduplicated("llm-shield");
        assertThat(recorder.calls()).isEqualTo(2);

        now.addAndGet(Duration.ofMinutes(1).toNanos());
        guarded.incidentDeduplicated("llm-shield");
        assertThat(recorder.calls()).isEqualTo(3);
    }

    @Test
    void a_port_from_elsewhere_is_guarded_and_its_failures_are_exposed() {
        try (PrometheusMetrics metrics = PrometheusMetrics.create(TestSettings.onLoopback())) {
            metrics.guarded(new ThrowingMetricsPort()).incidentCreated(Severity.P1, "llm-shield", Category.SECURITY);
            metrics.guarded(new ThrowingHttpMetrics()).requestStarted("GET", "/health");

            assertThat(Exposition.parse(metrics.scrape(null)).value("metrics_recording_failures_total", Map.of()))
                    .isEqualTo(2.0);
        }
    }

    private static Object throwing(Class<?> port) {
        return Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new IllegalStateException("metrics backend is broken (test double)");
        });
    }

    private static Object[] arguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(GuardedPortsTest::zeroOf).toArray();
    }

    private static Object zeroOf(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == long.class) {
            return 0L;
        }
        return type == int.class ? 0 : null;
    }
}
