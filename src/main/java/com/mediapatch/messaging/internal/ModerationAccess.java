package com.mediapatch.messaging.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.live.LiveChannel;
import com.mediapatch.messaging.Message;
import com.mediapatch.messaging.MessageModeration;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What moderators see of messages: current text, earlier versions, hidden and deleted ones too. */
@Service
class ModerationAccess implements MessageModeration {

    private final MessageStore messages;
    private final LiveChannel live;
    private final ConversationStore conversations;
    private final Clock clock;

    ModerationAccess(MessageStore messages, LiveChannel live, ConversationStore conversations, Clock clock) {
        this.messages = messages;
        this.live = live;
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportedMessage> message(UUID messageId) {
        return messages.find(messageId).map(this::reported);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportedMessage> recentMessages(UUID conversationId, int limit) {
        return messages.page(conversationId, null, Math.min(Math.max(limit, 1), 200)).stream().map(this::reported).toList();
    }

    @Override
    @Transactional
    public boolean hide(UUID messageId, AccountId moderator, String reason) {
        Optional<Message> message = messages.find(messageId);
        if (message.isEmpty() || !messages.hide(messageId, moderator, reason, clock.instant())) {
            return false;
        }
        Message hidden = message.get();
        if (hidden.visible()) {
            conversations.uncountUnread(hidden);
        }
        conversations.find(hidden.conversationId()).ifPresent(c -> live.publish(new Activity(Activity.EDIT,
                c.id(), messageId, hidden.seq(), moderator, c.members()).toEvent()));
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isParticipant(UUID conversationId, AccountId member) {
        return conversations.find(conversationId).map(conversation -> conversation.members().contains(member)).orElse(false);
    }

    private ReportedMessage reported(Message message) {
        List<String> earlier = messages.earlierVersions(message);
        String current = message.deleted() && !earlier.isEmpty() ? earlier.get(earlier.size() - 1) : message.text();
        return new ReportedMessage(message.id(), message.conversationId(), message.author(), current, earlier,
                message.hidden(), message.deleted(), message.sentAt());
    }
}
