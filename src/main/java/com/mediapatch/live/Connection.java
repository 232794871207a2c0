package com.mediapatch.live;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mediapatch.identity.AccountId;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One browser tab's stream. Events wait in a bounded queue and are written by a shared small
 * pool, never by the publishing thread; a tab that falls a full queue behind is closed (its
 * browser reconnects and catches up), so memory per connection has a ceiling.
 */
final class Connection {

    private final UUID id = UUID.randomUUID();
    private final AccountId member;
    private final SseEmitter emitter;
    private final Cursors cursors;
    private final BlockingQueue<LiveEvent> queue;
    private final Executor writers;
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean open = new AtomicBoolean(true);

    Connection(AccountId member, SseEmitter emitter, Cursors cursors, int capacity, Executor writers) {
        this.member = member;
        this.emitter = emitter;
        this.cursors = cursors;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writers = writers;
    }

    UUID id() {
        return id;
    }

    AccountId member() {
        return member;
    }

    boolean isOpen() {
        return open.get();
    }

    /** Queues the event; false when the tab is gone or too far behind (then it is closed). */
    boolean offer(LiveEvent event) {
        if (!open.get()) {
            return false;
        }
        if (!queue.offer(event)) {
            close();
            return false;
        }
        if (writing.compareAndSet(false, true)) {
            writers.execute(this::drain);
        }
        return true;
    }

    private void drain() {
        try {
            LiveEvent event;
            while ((event = queue.poll()) != null) {
                if (!write(event)) {
                    close();
                    return;
                }
            }
        } finally {
            writing.set(false);
        }
        // An event offered between the last poll and releasing the flag would otherwise wait.
        if (!queue.isEmpty() && writing.compareAndSet(false, true)) {
            writers.execute(this::drain);
        }
    }

    /** Writes right away; used for the greeting and the replay, before live events are queued. */
    boolean write(LiveEvent event) {
        SseEmitter.SseEventBuilder out = SseEmitter.event();
        if (event.cursor() > 0) {
            cursors.advance(event.kind().topic(), event.cursor());
            out.id(cursors.format());
        }
        return send(out.name(event.kind().eventName()).data(event.data()));
    }

    boolean send(SseEmitter.SseEventBuilder out) {
        try {
            emitter.send(out);
            return true;
        } catch (IOException | IllegalStateException gone) {
            open.set(false);
            return false;
        }
    }

    boolean beat() {
        return open.get() && send(SseEmitter.event().comment("beat"));
    }

    void close() {
        if (open.compareAndSet(true, false)) {
            queue.clear();
            emitter.complete();
        }
    }
}
