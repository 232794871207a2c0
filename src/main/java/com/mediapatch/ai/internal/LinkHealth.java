package com.mediapatch.ai.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * How each link has been doing on this node: recent failures, a cooldown after too many of them within the window,
 * a provider's Retry-After, and the last outcome and latency for God Mode's panel. Kept in memory: a node that
 * starts afresh gives every link a fresh chance, which is what a cooldown means anyway.
 */
@Component
public class LinkHealth {

    /** What the panel shows for a link. */
    public record Status(String state, Long lastLatencyMs, String lastError, Instant blockedUntil) {

        public static final Status UNKNOWN = new Status("not used yet", null, null, null);
    }

    private final AiProperties properties;
    private final Clock clock;
    private final Map<String, Track> tracks = new ConcurrentHashMap<>();

    LinkHealth(AiProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Why the link must be skipped now, if it must. */
    public Optional<ProviderFailure> blocked(String link) {
        Track track = tracks.get(link);
        Instant now = clock.instant();
        if (track == null) {
            return Optional.empty();
        }
        synchronized (track) {
            if (track.cooldownUntil != null && now.isBefore(track.cooldownUntil)) {
                return Optional.of(new ProviderFailure(ProviderFailure.Kind.COOLING_DOWN,
                        "skipped for " + seconds(Duration.between(now, track.cooldownUntil)) + " more"));
            }
            if (track.retryAfterUntil != null && now.isBefore(track.retryAfterUntil)) {
                return Optional.of(new ProviderFailure(ProviderFailure.Kind.RATE_LIMITED,
                        "asked to wait " + seconds(Duration.between(now, track.retryAfterUntil)) + " more (Retry-After)"));
            }
        }
        return Optional.empty();
    }

    public void succeeded(String link, Duration latency) {
        Track track = tracks.computeIfAbsent(link, key -> new Track());
        synchronized (track) {
            track.failures.clear();
            track.cooldownUntil = null;
            track.lastLatencyMs = latency.toMillis();
            track.lastError = null;
        }
    }

    public void failed(String link, ProviderFailure failure) {
        Instant now = clock.instant();
        Track track = tracks.computeIfAbsent(link, key -> new Track());
        synchronized (track) {
            track.lastError = failure.getMessage();
            if (failure.retryAfter() != null) {
                track.retryAfterUntil = now.plus(failure.retryAfter());
            }
            track.failures.addLast(now);
            while (!track.failures.isEmpty() && track.failures.peekFirst().isBefore(now.minus(properties.failureWindow()))) {
                track.failures.removeFirst();
            }
            if (track.failures.size() >= properties.failuresBeforeCooldown()) {
                track.cooldownUntil = now.plus(properties.cooldown());
                track.failures.clear();
            }
        }
    }

    public Status status(String link) {
        Track track = tracks.get(link);
        if (track == null) {
            return Status.UNKNOWN;
        }
        synchronized (track) {
            Instant now = clock.instant();
            Instant blockedUntil = later(track.cooldownUntil, track.retryAfterUntil);
            if (blockedUntil != null && now.isBefore(blockedUntil)) {
                return new Status(track.cooldownUntil != null && now.isBefore(track.cooldownUntil) ? "cooling down" : "waiting (Retry-After)",
                        track.lastLatencyMs, track.lastError, blockedUntil);
            }
            return new Status(track.lastError == null ? "healthy" : "failing", track.lastLatencyMs, track.lastError, null);
        }
    }

    /** Forgets a link's history (a connection edited or deleted). */
    public void forget(String link) {
        tracks.remove(link);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000) + " s";
    }

    private static final class Track {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant cooldownUntil;
        private Instant retryAfterUntil;
        private Long lastLatencyMs;
        private String lastError;
    }
}
