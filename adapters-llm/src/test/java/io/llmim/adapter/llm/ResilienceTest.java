package io.llmim.adapter.llm;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.llmim.application.port.out.CircuitBreakerState;
import io.llmim.application.port.out.LanguageModelStatus;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.domain.Incident;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;

import static io.llmim.adapter.llm.FakeProvider.Reply;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/** Retries as the SDKs do them, the circuit breaker, and the key kept secret. */
class ResilienceTest {

    private static final String VERDICT = FakeProvider.openAiAnswer(
            "{\"severity\": \"P2\", \"category\": \"performance\", \"confidence\": 0.8}", 100, 20);

    private final Incident incident = anIncident().build();

    private static LlmErrorType causeOf(LlmOutcome<?> outcome) {
        return ((LlmOutcome.Failed<?>) outcome).cause();
    }

    @Test
    void a_429_is_retried_after_the_servers_retry_after_and_counted_as_a_rate_limit_hit() throws Exception {
        try (LlmHarness llm = LlmHarness.openAi()) {
            llm.provider.then(new Reply(429, Map.of("retry-after", "2"), "{\"error\": {\"code\": \"rate_limit_exceeded\"}}", 0))
                    .then(new Reply(429, Map.of("retry-after-ms", "750"), "{}", 0))
                    .then(Reply.ok(VERDICT));

            assertThat(llm.ports.classifier().classify(incident)).isInstanceOf(LlmOutcome.Answered.class);
            assertThat(llm.pauses).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(750));
            assertThat(llm.metrics.rateLimitHits).isEqualTo(2);
            assertThat(llm.metrics.successes).isEqualTo(1);
            assertThat(llm.metrics.errors).isEmpty();
        }
    }

    @Test
    void server_errors_back_off_exponentially_and_fail_after_max_retries() throws Exception {
        try (LlmHarness llm = LlmHarness.openAi()) {
            llm.provider.then(Reply.status(500, "{}")).then(Reply.status(503, "{}")).then(Reply.status(529, "{}"));

            LlmOutcome<?> outcome = llm.ports.classifier().classify(incident);

            assertThat(causeOf(outcome)).isEqualTo(LlmErrorType.SERVICE_UNAVAILABLE);
            assertThat(llm.provider.received()).hasSize(3);
            assertThat(llm.pauses).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
            assertThat(llm.metrics.failures).isEqualTo(1);
            assertThat(llm.metrics.errors).containsExactly(LlmErrorType.SERVICE_UNAVAILABLE);
        }
    }

    @Test
    void bad_requests_and_authentication_failures_are_never_retried() throws Exception {
        try (LlmHarness llm = LlmHarness.openAi()) {
            llm.provider.then(Reply.status(400, "{\"error\": {\"code\": \"invalid_request\"}}"))
                    .then(Reply.status(401, "{\"error\": {\"code\": \"invalid_api_key\"}}"))
                    .then(Reply.status(429, "{\"error\": {\"code\": \"insufficient_quota\"}}"));

            assertThat(causeOf(llm.ports.classifier().classify(incident))).isEqualTo(LlmErrorType.BAD_REQUEST);
            assertThat(causeOf(llm.ports.classifier().classify(incident))).isEqualTo(LlmErrorType.AUTHENTICATION);
            assertThat(causeOf(llm.ports.classifier().classify(incident))).isEqualTo(LlmErrorType.RATE_LIMIT);
            assertThat(llm.provider.received()).hasSize(3);
            assertThat(llm.pauses).isEmpty();
        }
    }

    @Test
    void an_answer_slower_than_the_timeout_is_a_timeout_and_is_retried() throws Exception {
        try (LlmHarness llm = new LlmHarness(LlmProvider.OPENAI, 1, 1, 5)) {
            llm.provider.then(new Reply(200, Map.of(), VERDICT, 3_000)).then(Reply.ok(VERDICT));

            assertThat(llm.ports.classifier().classify(incident)).isInstanceOf(LlmOutcome.Answered.class);
            assertThat(llm.pauses).hasSize(1);

            llm.provider.then(new Reply(200, Map.of(), VERDICT, 3_000)).then(new Reply(200, Map.of(), VERDICT, 3_000));
            assertThat(causeOf(llm.ports.classifier().classify(incident))).isEqualTo(LlmErrorType.TIMEOUT);
        }
    }

    @Test
    void the_breaker_opens_after_consecutive_failures_rejects_without_calling_then_lets_one_trial_through()
            throws Exception {
        try (LlmHarness llm = new LlmHarness(LlmProvider.OPENAI, 5, 0, 2)) {
            llm.provider.then(Reply.status(500, "{}")).then(Reply.status(500, "{}"));
            llm.ports.classifier().classify(incident);
            llm.ports.classifier().classify(incident);

            LlmOutcome<?> rejected = llm.ports.classifier().classify(incident);

            assertThat(rejected).isEqualTo(LlmOutcome.failed(LlmErrorType.SERVICE_UNAVAILABLE, "circuit breaker open"));
            assertThat(llm.provider.received()).hasSize(2);
            assertThat(llm.metrics.breakerStates).containsExactly(CircuitBreakerState.CLOSED, CircuitBreakerState.OPEN);

            llm.nanoTime.addAndGet(Duration.ofSeconds(30).toNanos());
            llm.provider.then(Reply.ok(VERDICT));
            assertThat(llm.ports.classifier().classify(incident)).isInstanceOf(LlmOutcome.Answered.class);
            assertThat(llm.metrics.breakerStates).containsExactly(CircuitBreakerState.CLOSED, CircuitBreakerState.OPEN,
                    CircuitBreakerState.HALF_OPEN, CircuitBreakerState.CLOSED);
            assertThat(llm.metrics.failures).isEqualTo(3);
        }
    }

    @Test
    void the_model_status_reads_the_breakers_position() throws Exception {
        try (LlmHarness llm = new LlmHarness(LlmProvider.OPENAI, 5, 0, 1)) {
            assertThat(llm.ports.status().current()).contains(
                    new LanguageModelStatus.ModelBreaker("openai", "gpt-4", CircuitBreakerState.CLOSED));
            llm.provider.then(Reply.status(500, "{}"));

            llm.ports.classifier().classify(incident);

            assertThat(llm.ports.status().current().orElseThrow().breaker()).isEqualTo(CircuitBreakerState.OPEN);
        }
    }

    @Test
    void with_no_model_configured_there_is_no_model_status() throws Exception {
        try (LlmHarness llm = LlmHarness.of(LlmProvider.NONE)) {
            assertThat(llm.ports.status().current()).isEmpty();
        }
    }

    @Test
    void a_failed_trial_reopens_the_breaker() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        java.util.List<CircuitBreakerState> states = new java.util.ArrayList<>();
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(10), now::get, states::add);
        breaker.failed();
        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).as("only one trial at a time").isFalse();
        breaker.failed();

        assertThat(breaker.state()).isEqualTo(CircuitBreakerState.OPEN);
        assertThat(states).containsExactly(CircuitBreakerState.CLOSED, CircuitBreakerState.OPEN,
                CircuitBreakerState.HALF_OPEN, CircuitBreakerState.OPEN);
    }

    @Test
    void the_api_key_never_reaches_the_logs_or_the_failure() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try (LlmHarness llm = LlmHarness.openAi()) {
            llm.provider.then(Reply.status(401, "{\"error\": {\"message\": \"Incorrect API key provided: "
                    + LlmHarness.API_KEY + "\", \"code\": \"invalid_api_key\"}}"))
                    .then(Reply.status(500, "{}")).then(Reply.status(500, "{}")).then(Reply.status(500, "{}"));

            LlmOutcome<?> first = llm.ports.classifier().classify(incident);
            LlmOutcome<?> second = llm.ports.classifier().classify(incident);

            assertThat(first.toString()).doesNotContain(LlmHarness.API_KEY);
            assertThat(second.toString()).doesNotContain(LlmHarness.API_KEY);
            assertThat(logs.list).isNotEmpty()
                    .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(LlmHarness.API_KEY));
        } finally {
            root.detachAppender(logs);
        }
    }
}
