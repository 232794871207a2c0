package com.mediapatch.live;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.mediapatch.identity.AccountId;
import com.mediapatch.operations.Installation;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live channel: modules publish events to members, and each signed-in tab holds one stream
 * that carries all of them. Events leave after the transaction that caused them commits (a tab
 * never fetches what is not there yet), travel to every node through the relay, and reach each
 * recipient's tabs on that node except the tab whose request caused them.
 */
@Component
public class LiveChannel implements DisposableBean {

    /** The first event on every stream: tells the page its connection id. */
    static final LiveKind HELLO = new LiveKind("live", "hello");

    private final LiveProperties properties;
    private final List<LiveCatchUp> catchUps;
    private final Connections connections;
    private final ExecutorService writers;
    private final Relay relay;

    LiveChannel(LiveProperties properties, Installation installation, List<LiveCatchUp> catchUps) {
        this.properties = properties;
        this.catchUps = List.copyOf(catchUps);
        this.connections = new Connections(properties.maxConnectionsPerMember());
        this.writers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "live-writer");
            thread.setDaemon(true);
            return thread;
        });
        this.relay = properties.redisUrl().isBlank() ? connections::deliver
                : new RedisRelay(properties.redisUrl(), installation, connections::deliver);
    }

    /**
     * Sends the event to its recipients' tabs on every node, after commit when a transaction is
     * running. The tab named by the current request's connection header is skipped.
     */
    public void publish(LiveEvent event) {
        relayAfterCommit(Envelope.of(event, currentConnection()));
    }

    /** Ends every live connection of the member, on every node. */
    public void endFor(AccountId member) {
        relayAfterCommit(Envelope.end(member));
    }

    /**
     * Opens a stream for one tab of {@code member}, replaying what each topic's catch-up finds
     * after the positions in {@code lastEventId}.
     */
    public SseEmitter open(AccountId member, String lastEventId) throws IOException {
        return open(member, lastEventId, new SseEmitter(properties.timeout().toMillis()));
    }

    SseEmitter open(AccountId member, String lastEventId, SseEmitter emitter) throws IOException {
        Cursors cursors = Cursors.parse(lastEventId);
        Connection connection = new Connection(member, emitter, cursors, properties.queuePerConnection(), writers);
        emitter.onCompletion(() -> connections.remove(connection));
        emitter.onTimeout(() -> connections.remove(connection));
        emitter.onError(e -> connections.remove(connection));
        emitter.send(SseEmitter.event().name(HELLO.eventName()).reconnectTime(3000)
                .data("{\"connection\":\"" + connection.id() + "\"}"));
        connections.add(connection);
        for (LiveCatchUp catchUp : catchUps) {
            long after = cursors.of(catchUp.topic());
            if (after > 0) {
                for (LiveEvent missed : catchUp.since(member, after, properties.replayLimit())) {
                    connection.write(missed);
                }
            }
        }
        return emitter;
    }

    /** Tabs connected to this node. */
    public int connections() {
        return connections.count();
    }

    /** Tabs of one member connected to this node. */
    public int connections(AccountId member) {
        return connections.count(member);
    }

    private void relayAfterCommit(Envelope envelope) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.send(envelope);
                }
            });
        } else {
            relay.send(envelope);
        }
    }

    private static UUID currentConnection() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String header = attributes.getRequest().getHeader(LiveRoutes.CONNECTION_HEADER);
            try {
                return header == null ? null : UUID.fromString(header.strip());
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        }
        return null;
    }

    /** A comment now and then keeps proxies from closing idle streams and finds dead ones. */
    @Scheduled(fixedDelay = 25_000, initialDelay = 25_000)
    void heartbeat() {
        connections.beat();
    }

    /**
     * Ends every open stream as the application starts closing, so graceful shutdown does not
     * wait out long-lived requests; browsers reconnect and catch up from Last-Event-ID.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        connections.closeAll();
    }

    @Override
    public void destroy() {
        relay.close();
        writers.shutdownNow();
    }
}
