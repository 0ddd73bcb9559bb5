package io.llmim.adapter.llm;

import io.llmim.application.port.out.LlmErrorType;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One logical call to a provider: POST a JSON body, retrying what the SDKs retry (408, 409, 429,
 * 5xx including Anthropic's 529, and timeouts or broken connections) and nothing else (400,
 * 401/403, OpenAI's insufficient_quota 429), at most {@code maxRetries} times, each attempt bounded
 * by {@code timeout}. Runs on a worker thread: it blocks until the call is settled.
 */
final class ProviderClient {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderClient.class);

    /** How a call ended. */
    sealed interface Result {
        record Succeeded(JsonObject body) implements Result {
        }

        record Failed(LlmErrorType type, String reason) implements Result {
        }
    }

    /** Told about every 429, retried or not. */
    interface RateLimitListener {
        void rateLimited();
    }

    private final WebClient client;
    private final LlmSettings settings;
    private final String apiKey;
    private final ChatProtocol protocol;
    private final RetrySchedule schedule;
    private final Pauser pauser;

    ProviderClient(WebClient client, LlmSettings settings, String apiKey, ChatProtocol protocol, RetrySchedule schedule,
                   Pauser pauser) {
        this.client = client;
        this.settings = settings;
        this.apiKey = apiKey;
        this.protocol = protocol;
        this.schedule = schedule;
        this.pauser = pauser;
    }

    Result post(String path, JsonObject body, RateLimitListener rateLimits) {
        Result.Failed last = null;
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            Attempt outcome = attempt(path, body);
            if (outcome.result() instanceof Result.Succeeded succeeded) {
                return succeeded;
            }
            last = (Result.Failed) outcome.result();
            if (outcome.status() == 429) {
                rateLimits.rateLimited();
            }
            if (!outcome.retryable() || attempt == settings.maxRetries()) {
                break;
            }
            Duration delay = schedule.delay(attempt + 1, outcome.retryAfterMs(), outcome.retryAfter());
            LOG.info("{} call failed ({}); retry {} of {} in {} ms", settings.provider().label(), last.type().label(),
                    attempt + 1, settings.maxRetries(), delay.toMillis());
            try {
                pauser.pause(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return last;
    }

    private record Attempt(Result result, int status, boolean retryable, String retryAfterMs, String retryAfter) {
    }

    private Attempt attempt(String path, JsonObject body) {
        HttpRequest<Buffer> request = client.postAbs(settings.baseUrl() + path)
                .timeout(settings.timeout().toMillis());
        MultiMap headers = request.headers();
        headers.set("Content-Type", "application/json");
        protocol.authenticate(headers, apiKey);
        HttpResponse<Buffer> response;
        try {
            response = request.sendJsonObject(body).toCompletionStage().toCompletableFuture()
                    .get(settings.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Attempt(new Result.Failed(LlmErrorType.TIMEOUT, "no answer within " + settings.timeout()),
                    0, true, null, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            boolean timedOut = cause instanceof TimeoutException
                    || String.valueOf(cause.getMessage()).toLowerCase().contains("timeout");
            return new Attempt(new Result.Failed(timedOut ? LlmErrorType.TIMEOUT : LlmErrorType.SERVICE_UNAVAILABLE,
                    cause.getClass().getSimpleName()), 0, true, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(new Result.Failed(LlmErrorType.TIMEOUT, "interrupted"), 0, false, null, null);
        }
        return classify(response);
    }

    private static Attempt classify(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        String retryAfterMs = response.getHeader("retry-after-ms");
        String retryAfter = response.getHeader("retry-after");
        if (status >= 200 && status < 300) {
            try {
                return new Attempt(new Result.Succeeded(response.bodyAsJsonObject()), status, false, null, null);
            } catch (RuntimeException e) {
                return new Attempt(new Result.Failed(LlmErrorType.INVALID_RESPONSE, "the body is not JSON"), status,
                        false, null, null);
            }
        }
        // Only the status and the provider's error code are kept: bodies may echo parts of the key.
        String reason = "HTTP " + status + errorCode(response);
        return switch (status) {
            case 401, 403 -> new Attempt(new Result.Failed(LlmErrorType.AUTHENTICATION, reason), status, false, null, null);
            case 429 -> new Attempt(new Result.Failed(LlmErrorType.RATE_LIMIT, reason), status,
                    !reason.contains("insufficient_quota"), retryAfterMs, retryAfter);
            case 408 -> new Attempt(new Result.Failed(LlmErrorType.TIMEOUT, reason), status, true, retryAfterMs, retryAfter);
            case 409 -> new Attempt(new Result.Failed(LlmErrorType.SERVICE_UNAVAILABLE, reason), status, true,
                    retryAfterMs, retryAfter);
            default -> status >= 500
                    ? new Attempt(new Result.Failed(LlmErrorType.SERVICE_UNAVAILABLE, reason), status, true,
                    retryAfterMs, retryAfter)
                    : new Attempt(new Result.Failed(LlmErrorType.BAD_REQUEST, reason), status, false, null, null);
        };
    }

    private static String errorCode(HttpResponse<Buffer> response) {
        try {
            JsonObject error = response.bodyAsJsonObject().getJsonObject("error");
            if (error == null) {
                return "";
            }
            String code = error.getString("code", error.getString("type"));
            return code == null ? "" : " (" + code + ")";
        } catch (RuntimeException notJson) {
            return "";
        }
    }
}
