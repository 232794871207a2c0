package com.mediapatch.live;

import java.util.function.Consumer;

import com.mediapatch.operations.Installation;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes envelopes on the installation's Redis channel and hands everything received on it,
 * from any node of the installation including this one, to local delivery. The channel is named
 * after the installation, so another installation on the same Redis is not heard. Pub/sub is
 * fire-and-forget: a node that is disconnected misses events, and its tabs catch up from the
 * database on reconnect.
 */
class RedisRelay implements Relay {

    static final String CHANNEL = "live:events";
    private static final Logger log = LoggerFactory.getLogger(RedisRelay.class);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriber;
    private final String channel;

    RedisRelay(String redisUrl, Installation installation, Consumer<Envelope> delivery) {
        this.channel = installation.redisName(CHANNEL);
        this.client = RedisClient.create(redisUrl);
        this.publisher = client.connect();
        this.subscriber = client.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                try {
                    delivery.accept(Envelope.decode(message));
                } catch (RuntimeException e) {
                    log.warn("Dropped a live event that could not be read: {}", e.getClass().getSimpleName());
                }
            }
        });
        subscriber.sync().subscribe(channel);
    }

    @Override
    public void send(Envelope envelope) {
        publisher.async().publish(channel, envelope.encode());
    }

    @Override
    public void close() {
        subscriber.close();
        publisher.close();
        client.shutdown();
    }
}
