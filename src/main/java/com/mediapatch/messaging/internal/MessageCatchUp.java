package com.mediapatch.messaging.internal;

import java.util.List;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.live.LiveCatchUp;
import com.mediapatch.live.LiveEvent;
import com.mediapatch.messaging.Message;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** New messages of a member's own conversations after a sequence number, for a reconnecting tab. */
@Component
class MessageCatchUp implements LiveCatchUp {

    private final ConversationStore conversations;
    private final MessageStore messages;

    MessageCatchUp(ConversationStore conversations, MessageStore messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    public String topic() {
        return Activity.TOPIC;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LiveEvent> since(AccountId member, long after, int limit) {
        List<UUID> mine = conversations.idsOf(member);
        return messages.since(mine, after, limit).stream()
                .map(m -> new Activity(Activity.MESSAGE, m.conversationId(), m.id(), m.seq(), m.author(), List.of(member))
                        .toEvent())
                .toList();
    }
}
