package com.mediapatch.messaging.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.Conversation;
import com.mediapatch.messaging.Message;
import com.mediapatch.messaging.Participant;
import com.mediapatch.shared.Embeds;
import com.mediapatch.messaging.internal.MessageText;
import com.mediapatch.messaging.internal.Messenger;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;

import org.springframework.stereotype.Component;

/** Turns conversations and messages into what pages show: names, safe HTML, cards, receipts. */
@Component
class ConversationViews {

    private final Profiles profiles;
    private final Messenger messenger;

    ConversationViews(Profiles profiles, Messenger messenger) {
        this.profiles = profiles;
        this.messenger = messenger;
    }

    ProfileSummary profile(AccountId account) {
        return profiles.of(account).orElseGet(() -> formerMember(account));
    }

    /** Who an account without a profile (a deleted member) is shown as. */
    static ProfileSummary formerMember(AccountId account) {
        return new ProfileSummary(account, "unknown", "Former member");
    }

    /** The group's name, or the other member's name in a direct conversation. */
    String title(Conversation conversation, AccountId me) {
        if (conversation.isGroup()) {
            return conversation.name();
        }
        return conversation.others(me).stream().findFirst().map(this::profile).map(ProfileSummary::displayName)
                .orElse("Just you");
    }

    List<MessageView> messages(Conversation conversation, List<Message> messages, AccountId me) {
        Map<AccountId, ProfileSummary> authors = new HashMap<>(
                profiles.summaries(messages.stream().map(Message::author).distinct().toList()));
        boolean receipts = messenger.preferences(me).readReceipts();
        List<Participant> readers = readers(conversation, me);
        return messages.stream().map(m -> {
            boolean mine = m.author().equals(me);
            int seenBy = mine ? (int) readers.stream().filter(p -> p.lastReadSeq() >= m.seq()).count() : 0;
            return new MessageView(m.id(), m.seq(), m.conversationId(), authors.computeIfAbsent(m.author(), ConversationViews::formerMember),
                    m.visible() ? MessageText.toSafeHtml(m.text()) : "", m.visible() ? m.text() : "",
                    m.visible() ? Embeds.in(m.text()) : List.of(), m.sentAt(), m.editedAt() != null, m.deleted(),
                    m.hidden(), mine, seenBy, receipts && mine && !readers.isEmpty());
        }).toList();
    }

    /** Others whose reading {@code me} sees: both sides must share receipts. */
    private List<Participant> readers(Conversation conversation, AccountId me) {
        if (!messenger.preferences(me).readReceipts()) {
            return List.of();
        }
        return conversation.participants().stream()
                .filter(p -> !p.account().equals(me) && messenger.preferences(p.account()).readReceipts()).toList();
    }

    /** See ConversationPage.readMarks. */
    String readMarks(Conversation conversation, AccountId me) {
        return String.join(" ", readers(conversation, me).stream().map(p -> p.account() + ":" + p.lastReadSeq()).toList());
    }
}
