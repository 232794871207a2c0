package com.mediapatch.messaging.internal;

import java.util.function.Consumer;

import com.mediapatch.operations.Installation;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes activity on the installation's Redis pub/sub channel and hands everything received
 * on it, from any node of the installation including this one, to local delivery. The channel
 * is named after the installation, so another installation on the same Redis is not heard.
 * Pub/sub is fire-and-forget: a node that is disconnected misses events, and its clients catch
 * up from the database on reconnect.
 */
class RedisRelay implements Relay {

    static final String CHANNEL = "messaging:activity";
    private static final Logger log = LoggerFactory.getLogger(RedisRelay.class);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriber;
    private final String channel;

    RedisRelay(String redisUrl, Installation installation, Consumer<Activity> delivery) {
        this.channel = installation.redisName(CHANNEL);
        this.client = RedisClient.create(redisUrl);
        this.publisher = client.connect();
        this.subscriber = client.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                try {
                    delivery.accept(Activity.decode(message));
                } catch (RuntimeException e) {
                    log.warn("Dropped a messaging event that could not be read: {}", e.getMessage());
                }
            }
        });
        subscriber.sync().subscribe(channel);
    }

    @Override
    public void send(Activity activity) {
        publisher.async().publish(channel, activity.encode());
    }

    @Override
    public void close() {
        subscriber.close();
        publisher.close();
        client.shutdown();
    }
}
