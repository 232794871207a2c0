package com.mediapatch.messaging.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import com.mediapatch.identity.AccountId;
import com.mediapatch.operations.Installation;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Live delivery: who is connected to this node, and the relay that brings every node's
 * activity here. Activity is sent after the transaction that caused it commits, so a client
 * never fetches a message that is not there yet; each recipient gets it on every stream they
 * have open on this node. Only the conversation's members at the time are recipients.
 */
@Component
public class RealTime implements DisposableBean {

    /** One open stream; returns false when it is gone and should be forgotten. */
    public interface Subscriber {
        boolean send(Activity activity);
    }

    private final Map<AccountId, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Relay relay;

    @Autowired
    RealTime(MessagingProperties properties, Installation installation) {
        this(properties.redisUrl(), installation);
    }

    /**
     * A node's delivery: in-process when {@code redisUrl} is blank, else relayed through Redis
     * to and from the other nodes of the same installation.
     */
    public RealTime(String redisUrl, Installation installation) {
        this.relay = redisUrl == null || redisUrl.isBlank() ? this::deliver
                : new RedisRelay(redisUrl, installation, this::deliver);
    }

    /** Sends after commit when a transaction is running, right away otherwise. */
    public void publish(Activity activity) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.send(activity);
                }
            });
        } else {
            relay.send(activity);
        }
    }

    public void subscribe(AccountId member, Subscriber subscriber) {
        subscribers.computeIfAbsent(member, m -> new CopyOnWriteArraySet<>()).add(subscriber);
    }

    public void unsubscribe(AccountId member, Subscriber subscriber) {
        subscribers.computeIfPresent(member, (m, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** Hands the activity to this node's streams of its recipients. */
    void deliver(Activity activity) {
        for (AccountId recipient : activity.recipients()) {
            Set<Subscriber> streams = subscribers.get(recipient);
            if (streams != null) {
                streams.forEach(stream -> {
                    if (!stream.send(activity)) {
                        unsubscribe(recipient, stream);
                    }
                });
            }
        }
    }

    /** Streams open on this node. */
    public int connections() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    Iterable<Map.Entry<AccountId, Set<Subscriber>>> all() {
        return subscribers.entrySet();
    }

    @Override
    public void destroy() throws Exception {
        relay.close();
    }
}
