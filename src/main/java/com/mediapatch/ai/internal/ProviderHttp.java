package com.mediapatch.ai.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * JSON over HTTP to model servers, with every failure turned into a {@link ProviderFailure}: a deadline for the
 * whole exchange (a hung server or a stalled stream ends as a timeout), the status mapped to its kind (429 with its
 * Retry-After), the provider's own error message kept with the key scrubbed out.
 */
@Component
public class ProviderHttp {

    private static final int MAX_ERROR_CHARS = 300;

    // HTTP/1.1: some model servers trip over the h2c upgrade the client would otherwise offer on plain HTTP.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ai-deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private final JsonMapper json = JsonMapper.builder().build();

    public JsonMapper json() {
        return json;
    }

    public JsonNode get(String url, String key, Duration timeout) {
        return exchange(request(url, key, timeout).GET().build(), key, timeout);
    }

    public JsonNode post(String url, String key, Object body, Duration timeout) {
        return exchange(request(url, key, timeout).POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json").build(), key, timeout);
    }

    /**
     * Posts and hands each line of the answer to {@code onLine} until it returns false or the stream ends, all
     * within the timeout.
     */
    public void postStreaming(String url, String key, Object body, Duration timeout, Predicate<String> onLine) {
        HttpRequest request = request(url, key, timeout).POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json").build();
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<Stream<String>> response = send(request, HttpResponse.BodyHandlers.ofLines(), key);
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() >= 300) {
                throw failure(response.statusCode(), lines.limit(20).reduce("", String::concat), response, key);
            }
            AtomicBoolean expired = new AtomicBoolean();
            ScheduledFuture<?> guard = deadlines.schedule(() -> {
                expired.set(true);
                lines.close();
            }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            try {
                Iterator<String> each = lines.iterator();
                while (each.hasNext()) {
                    if (!onLine.test(each.next())) {
                        return;
                    }
                }
            } catch (UncheckedIOException | IllegalStateException broken) {
                throw expired.get() ? new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "after " + timeout.toMillis() + " ms")
                        : new ProviderFailure(ProviderFailure.Kind.UNREACHABLE, "the answer broke off");
            } finally {
                guard.cancel(false);
            }
            if (expired.get()) {
                throw new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "after " + timeout.toMillis() + " ms");
            }
        }
    }

    public JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException notJson) {
            throw new ProviderFailure(ProviderFailure.Kind.BAD_ANSWER, "not JSON");
        }
    }

    private JsonNode exchange(HttpRequest request, String key, Duration timeout) {
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(), key);
        if (response.statusCode() >= 300) {
            throw failure(response.statusCode(), response.body(), response, key);
        }
        return parse(response.body());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String key) {
        try {
            return client.send(request, handler);
        } catch (HttpConnectTimeoutException | ConnectException refused) {
            throw new ProviderFailure(ProviderFailure.Kind.UNREACHABLE, null);
        } catch (HttpTimeoutException slow) {
            throw new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "after " + request.timeout().map(Duration::toMillis).orElse(0L) + " ms");
        } catch (IOException broken) {
            throw new ProviderFailure(ProviderFailure.Kind.UNREACHABLE, null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProviderFailure(ProviderFailure.Kind.CANCELLED, null);
        }
    }

    private static HttpRequest.Builder request(String url, String key, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json");
        if (key != null && !key.isEmpty()) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private ProviderFailure failure(int status, String body, HttpResponse<?> response, String key) {
        String detail = "HTTP " + status + errorMessage(body, key);
        if (status == 429) {
            return new ProviderFailure(ProviderFailure.Kind.RATE_LIMITED, detail,
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status == 401 || status == 403) {
            return new ProviderFailure(ProviderFailure.Kind.UNAUTHORIZED, detail);
        }
        return new ProviderFailure(status >= 500 ? ProviderFailure.Kind.SERVER_ERROR : ProviderFailure.Kind.REFUSED, detail);
    }

    /** The provider's own words (OpenAI's error.message, Ollama's error), shortened, without the key. */
    private String errorMessage(String body, String key) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String message;
        try {
            JsonNode error = json.readTree(body).path("error");
            message = error.isString() ? error.asString() : error.path("message").asString("");
        } catch (JacksonException notJson) {
            message = "";
        }
        if (key != null && key.length() >= 4) {
            message = message.replace(key, "****");
        }
        message = message.replaceAll("\\p{Cntrl}", " ").strip();
        if (message.length() > MAX_ERROR_CHARS) {
            message = message.substring(0, MAX_ERROR_CHARS) + "…";
        }
        return message.isEmpty() ? "" : " (" + message + ")";
    }
}
