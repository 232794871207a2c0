package com.mediapatch.messaging.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.Message;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Event streams, one per open tab of a signed-in member. New messages carry their
 * sequence number as event id, so a reconnecting client's {@code Last-Event-ID} replays what it
 * missed from the database, from the member's own conversations only. Edits, deletions, typing
 * and receipts are live only: a page loaded after reconnecting shows their outcome anyway.
 */
@Component
public class LiveStreams {

    static final Duration TIMEOUT = Duration.ofMinutes(30);
    static final int MAX_REPLAY = 500;

    private final RealTime realTime;
    private final ConversationStore conversations;
    private final MessageStore messages;

    LiveStreams(RealTime realTime, ConversationStore conversations, MessageStore messages) {
        this.realTime = realTime;
        this.conversations = conversations;
        this.messages = messages;
    }

    public SseEmitter open(AccountId member, String lastEventId) throws IOException {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Stream subscriber = new Stream(emitter);
        realTime.subscribe(member, subscriber);
        emitter.onCompletion(() -> realTime.unsubscribe(member, subscriber));
        emitter.onTimeout(() -> realTime.unsubscribe(member, subscriber));
        emitter.onError(e -> realTime.unsubscribe(member, subscriber));
        emitter.send(SseEmitter.event().comment("connected").reconnectTime(3000));
        long after = parse(lastEventId);
        if (after > 0) {
            List<UUID> mine = conversations.idsOf(member);
            for (Message missed : messages.since(mine, after, MAX_REPLAY)) {
                send(emitter, new Activity(Activity.MESSAGE, missed.conversationId(), missed.id(), missed.seq(),
                        missed.author(), List.of(member)));
            }
        }
        return emitter;
    }

    static boolean send(SseEmitter emitter, Activity activity) {
        try {
            SseEmitter.SseEventBuilder event = SseEmitter.event();
            if (Activity.MESSAGE.equals(activity.type())) {
                event.id(Long.toString(activity.seq()));
            }
            emitter.send(event.name(activity.type()).data(activity.data()));
            return true;
        } catch (IOException | IllegalStateException gone) {
            return false;
        }
    }

    /** A comment now and then keeps proxies from closing idle streams and finds dead ones. */
    @Scheduled(fixedDelay = 25_000, initialDelay = 25_000)
    void heartbeat() {
        for (Map.Entry<AccountId, Set<RealTime.Subscriber>> entry : realTime.all()) {
            for (RealTime.Subscriber subscriber : entry.getValue()) {
                if (subscriber instanceof Stream stream && !stream.beat()) {
                    realTime.unsubscribe(entry.getKey(), subscriber);
                }
            }
        }
    }

    /**
     * Ends every open stream as the application starts closing, so graceful shutdown does not
     * wait out (and then interrupt) long-lived requests; browsers reconnect to another node or
     * to this one once it is back, and catch up from Last-Event-ID.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        for (Map.Entry<AccountId, Set<RealTime.Subscriber>> entry : realTime.all()) {
            for (RealTime.Subscriber subscriber : entry.getValue()) {
                if (subscriber instanceof Stream stream) {
                    stream.emitter().complete();
                }
                realTime.unsubscribe(entry.getKey(), subscriber);
            }
        }
    }

    private static long parse(String lastEventId) {
        try {
            return lastEventId == null ? 0 : Math.max(0, Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One browser tab's stream. */
    record Stream(SseEmitter emitter) implements RealTime.Subscriber {

        @Override
        public boolean send(Activity activity) {
            return LiveStreams.send(emitter, activity);
        }

        boolean beat() {
            try {
                emitter.send(SseEmitter.event().comment("beat"));
                return true;
            } catch (IOException | IllegalStateException gone) {
                return false;
            }
        }
    }
}
