package com.mediapatch.messaging.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.Conversation;
import com.mediapatch.messaging.Message;
import com.mediapatch.messaging.internal.MessageText;
import com.mediapatch.profiles.ProfileSummary;

import org.springframework.stereotype.Component;

/**
 * One row of the conversation list: who it is with, who wrote the newest message, that message as plain text (the
 * Markdown marks dropped here, on the server) and how long ago it came.
 */
@Component
class ConversationRows {

    private static final int PREVIEW_LENGTH = 80;
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Clock clock;

    ConversationRows(Clock clock) {
        this.clock = clock;
    }

    /** The row; {@code names} holds the profiles of direct partners and of the newest messages' authors. */
    ConversationsPage.Row row(Conversation conversation, AccountId me, long unread, Message latest,
            Map<AccountId, ProfileSummary> names) {
        ProfileSummary face = conversation.isGroup() ? null : conversation.others(me).stream().findFirst()
                .map(other -> names.getOrDefault(other, ConversationViews.formerMember(other))).orElse(null);
        String title = conversation.isGroup() ? conversation.name() : face != null ? face.displayName() : "Just you";
        String initials = face != null ? face.initials() : title.substring(0, 1).toUpperCase(Locale.ROOT);
        int tone = face != null ? face.avatarTone() : Math.floorMod(conversation.id().hashCode(), 12);
        Optional<Message> newest = Optional.ofNullable(latest);
        return new ConversationsPage.Row(conversation.id(), title, conversation.isGroup(), unread,
                newest.map(message -> sender(message, me, conversation, names)).orElse(null),
                newest.map(ConversationRows::preview).orElse("No messages yet"),
                newest.map(Message::sentAt).orElse(null), newest.map(message -> ago(message.sentAt())).orElse(null),
                initials, tone);
    }

    /** "You", a group member's first name, or null in a direct conversation where the title already names them. */
    private static String sender(Message message, AccountId me, Conversation conversation,
            Map<AccountId, ProfileSummary> names) {
        if (message.deleted() || message.hidden()) {
            return null;
        }
        if (message.author().equals(me)) {
            return "You";
        }
        if (!conversation.isGroup()) {
            return null;
        }
        String name = Optional.ofNullable(names.get(message.author())).map(ProfileSummary::displayName).orElse("Someone");
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    private static String preview(Message message) {
        if (message.deleted()) {
            return "Message deleted";
        }
        if (message.hidden()) {
            return "Message hidden by moderators";
        }
        String text = MessageText.toPlainText(message.text());
        return text.length() > PREVIEW_LENGTH ? text.substring(0, PREVIEW_LENGTH - 1) + "…" : text;
    }

    /** "now", "5 min", "3 h", "Tue", "12 Mar", "12 Mar 2025": short, as chat lists show it. */
    String ago(Instant at) {
        Instant now = clock.instant();
        Duration since = Duration.between(at, now);
        if (since.toMinutes() < 1) {
            return "now";
        }
        if (since.toHours() < 1) {
            return since.toMinutes() + " min";
        }
        if (since.toHours() < 24) {
            return since.toHours() + " h";
        }
        LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        if (since.toDays() < 7) {
            return WEEKDAY.format(day);
        }
        return (day.getYear() == today.getYear() ? DAY : DAY_AND_YEAR).format(day);
    }
}
