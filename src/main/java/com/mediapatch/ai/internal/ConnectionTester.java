package com.mediapatch.ai.internal;

import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** God Mode's "Test connection": a live call to the server with the stored key, timed, its outcome kept as the link's health. */
@Service
public class ConnectionTester {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** What the test found, in words for the panel. */
    public record Result(boolean answered, long latencyMs, String message) {
    }

    private final ConnectionStore connections;
    private final Protocols protocols;
    private final LinkHealth health;

    ConnectionTester(ConnectionStore connections, Protocols protocols, LinkHealth health) {
        this.connections = connections;
        this.protocols = protocols;
        this.health = health;
    }

    public Result test(UUID id) {
        AiConnection connection = connections.get(id);
        long started = System.nanoTime();
        try {
            String found = protocols.of(connection.kind()).probe(connection, connections.key(connection), TIMEOUT);
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            health.succeeded(connection.linkKey(), latency);
            return new Result(true, latency.toMillis(), connection.name() + " answered in " + latency.toMillis() + " ms: " + found + ".");
        } catch (ProviderFailure failure) {
            long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
            health.failed(connection.linkKey(), failure);
            return new Result(false, latency, connection.name() + " " + failure.getMessage() + ".");
        }
    }
}
