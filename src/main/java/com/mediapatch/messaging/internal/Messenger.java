package com.mediapatch.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mediapatch.identity.AccountId;
import com.mediapatch.live.LiveChannel;
import com.mediapatch.messaging.Conversation;
import com.mediapatch.messaging.Message;
import com.mediapatch.messaging.MessagingPreferences;
import com.mediapatch.messaging.MessagingProblem;
import com.mediapatch.messaging.MessagingRoutes;
import com.mediapatch.messaging.WhoMayMessage;
import com.mediapatch.notifications.NotificationRaised;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.social.SocialGraph;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending, editing, deleting and reading messages, with every rule checked here: only members
 * see or write in a conversation (others get "not found"), direct messages respect blocks and
 * the recipient's "who may message me", and texts stay within the length limit.
 */
@Service
public class Messenger {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([a-z0-9][a-z0-9-]{1,39})", Pattern.CASE_INSENSITIVE);

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final PreferenceStore preferences;
    private final SocialGraph social;
    private final Profiles profiles;
    private final LiveChannel live;
    private final ApplicationEventPublisher events;
    private final MessagingProperties properties;
    private final Clock clock;

    Messenger(ConversationStore conversations, MessageStore messages, PreferenceStore preferences, SocialGraph social,
            Profiles profiles, LiveChannel live, ApplicationEventPublisher events, MessagingProperties properties,
            Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.preferences = preferences;
        this.social = social;
        this.profiles = profiles;
        this.live = live;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether {@code sender} may send a direct message to {@code recipient} now. */
    public boolean mayMessage(AccountId sender, AccountId recipient) {
        if (sender.equals(recipient) || social.blockedBetween(sender, recipient)) {
            return false;
        }
        WhoMayMessage rule = preferences.of(recipient).whoMayMessage();
        return rule == WhoMayMessage.EVERYONE || rule == WhoMayMessage.FRIENDS && social.areFriends(sender, recipient);
    }

    /** Those of {@code recipients} whom {@code sender} may message, by the same rule, in three queries for them all. */
    @Transactional(readOnly = true)
    public Set<AccountId> mayMessage(AccountId sender, Collection<AccountId> recipients) {
        Set<AccountId> others = recipients.stream().filter(recipient -> !recipient.equals(sender)).collect(Collectors.toSet());
        others.removeAll(social.blockedAmong(sender, others));
        Map<AccountId, WhoMayMessage> rules = preferences.whoMayMessage(others);
        Set<AccountId> friends = rules.containsValue(WhoMayMessage.FRIENDS) ? social.friendsAmong(sender, others) : Set.of();
        return others.stream().filter(other -> rules.get(other) == WhoMayMessage.EVERYONE
                || rules.get(other) == WhoMayMessage.FRIENDS && friends.contains(other)).collect(Collectors.toSet());
    }

    /** The pair's conversation, started if needed; refused when {@code me} may not message them. */
    @Transactional
    public UUID startDirect(AccountId me, AccountId other) {
        if (!mayMessage(me, other)) {
            throw MessagingProblem.cannotMessage();
        }
        return conversations.directBetween(me, other, clock.instant());
    }

    /** The conversation, if {@code me} is a member; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public Conversation conversation(UUID conversationId, AccountId me) {
        return conversations.find(conversationId).filter(c -> c.hasMember(me))
                .orElseThrow(MessagingProblem::conversationNotFound);
    }

    @Transactional
    public Message send(UUID conversationId, AccountId me, String text) {
        Conversation conversation = conversation(conversationId, me);
        String body = checked(text);
        if (!conversation.isGroup() && conversation.others(me).stream().anyMatch(other -> !mayMessage(me, other))) {
            throw MessagingProblem.cannotMessage();
        }
        Instant now = clock.instant();
        Message message = messages.insert(conversationId, me, body, now);
        conversations.countUnread(message);
        conversations.touch(conversationId, now);
        conversations.markRead(conversationId, me, message.seq());
        live.publish(new Activity(Activity.MESSAGE, conversationId, message.id(), message.seq(), me,
                conversation.members()).toEvent());
        notifyOthers(conversation, me, body, now);
        return message;
    }

    @Transactional
    public Message edit(UUID conversationId, UUID messageId, AccountId me, String text) {
        Conversation conversation = conversation(conversationId, me);
        Message message = own(conversationId, messageId, me);
        String body = checked(text);
        if (!body.equals(message.text())) {
            messages.replace(message, body, clock.instant(), false);
            live.publish(new Activity(Activity.EDIT, conversationId, messageId, message.seq(), me,
                    conversation.members()).toEvent());
        }
        return messages.find(messageId).orElseThrow();
    }

    /** Deletes the text for everyone; the text is kept as an earlier version for moderators. */
    @Transactional
    public void delete(UUID conversationId, UUID messageId, AccountId me) {
        Conversation conversation = conversation(conversationId, me);
        Message message = own(conversationId, messageId, me);
        if (!message.deleted()) {
            if (message.visible()) {
                conversations.uncountUnread(message);
            }
            messages.replace(message, "", clock.instant(), true);
            live.publish(new Activity(Activity.DELETE, conversationId, messageId, message.seq(), me,
                    conversation.members()).toEvent());
        }
    }

    /** A message of a conversation {@code me} belongs to. */
    @Transactional(readOnly = true)
    public Message message(UUID conversationId, UUID messageId, AccountId me) {
        conversation(conversationId, me);
        return messages.find(messageId).filter(m -> m.conversationId().equals(conversationId))
                .orElseThrow(MessagingProblem::conversationNotFound);
    }

    /** History, oldest first: the newest page, or the page before {@code beforeSeq} ("load older"). */
    @Transactional(readOnly = true)
    public List<Message> history(UUID conversationId, AccountId me, Long beforeSeq, int limit) {
        conversation(conversationId, me);
        return messages.page(conversationId, beforeSeq, Math.min(Math.max(limit, 1), 100));
    }

    /**
     * Messages of one conversation containing {@code query}, newest first. Bodies are encrypted at
     * rest, so the database cannot search them: this decrypts the whole conversation in memory
     * (one conversation only, never across conversations) and filters there. Fine for the
     * thousands of messages a conversation holds; it is not an index.
     */
    @Transactional(readOnly = true)
    public List<Message> search(UUID conversationId, AccountId me, String query, int page, int size) {
        conversation(conversationId, me);
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return messages.all(conversationId).stream()
                .filter(m -> m.text().toLowerCase(Locale.ROOT).contains(needle))
                .skip((long) Math.max(page, 0) * size).limit(size).toList();
    }

    /** Marks everything in the conversation read; others see a receipt only if both sides allow it. */
    @Transactional
    public void markRead(UUID conversationId, AccountId me) {
        Conversation conversation = conversation(conversationId, me);
        long latest = messages.latestSeq(conversationId);
        if (conversations.markRead(conversationId, me, latest) && preferences.of(me).readReceipts()) {
            live.publish(new Activity(Activity.READ, conversationId, null, latest, me, conversation.members()).toEvent());
        }
    }

    /** Tells the other members that {@code me} is typing; nothing is stored. */
    public void typing(UUID conversationId, AccountId me) {
        Conversation conversation = conversation(conversationId, me);
        live.publish(new Activity(Activity.TYPING, conversationId, null, 0, me, conversation.others(me)).toEvent());
    }

    /** Unread messages in each of the given conversations of {@code me}, each counted up to {@link MessageStore#UNREAD_CAP}. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Long> unread(AccountId me, java.util.Collection<UUID> conversationIds) {
        return messages.unread(me, conversationIds);
    }

    @Transactional(readOnly = true)
    public List<UUID> conversationIds(AccountId me) {
        return conversations.page(me, null, 500).items().stream().map(Conversation::id).toList();
    }

    public MessagingPreferences preferences(AccountId me) {
        return preferences.of(me);
    }

    public void savePreferences(AccountId me, MessagingPreferences chosen) {
        preferences.save(me, chosen);
    }

    private Message own(UUID conversationId, UUID messageId, AccountId me) {
        Message message = messages.find(messageId).filter(m -> m.conversationId().equals(conversationId))
                .orElseThrow(MessagingProblem::conversationNotFound);
        if (!message.author().equals(me)) {
            throw MessagingProblem.refused("You can only change your own messages.");
        }
        if (message.hidden()) {
            throw MessagingProblem.refused("A moderator hid this message; it cannot be changed.");
        }
        return message;
    }

    private String checked(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw MessagingProblem.invalid("Write something first.");
        }
        if (body.length() > properties.maxLength()) {
            throw MessagingProblem.invalid("Messages can be at most " + properties.maxLength() + " characters long; this one has "
                    + body.length() + ".");
        }
        return body;
    }

    /**
     * Tells the other members, never those who muted the author; a member named as @handle in
     * the text gets a "mention" instead of a plain "message" notification.
     */
    private void notifyOthers(Conversation conversation, AccountId me, String body, Instant now) {
        String name = profiles.of(me).map(ProfileSummary::displayName).orElse("A member");
        String where = conversation.isGroup() ? conversation.name() : "a message";
        Set<String> mentioned = new HashSet<>();
        Matcher handles = MENTION.matcher(body);
        while (handles.find()) {
            mentioned.add(handles.group(1).toLowerCase(Locale.ROOT));
        }
        for (AccountId recipient : conversation.others(me)) {
            if (social.muted(recipient, me)) {
                continue;
            }
            boolean mention = profiles.of(recipient).map(profile -> mentioned.contains(profile.handle())).orElse(false);
            String text = mention ? name + " mentioned you in " + where
                    : conversation.isGroup() ? name + " sent a message in " + conversation.name() : name + " sent you a message";
            events.publishEvent(new NotificationRaised(recipient, mention ? "mention" : "message", text,
                    MessagingRoutes.conversation(conversation.id()), me, now));
        }
    }
}
