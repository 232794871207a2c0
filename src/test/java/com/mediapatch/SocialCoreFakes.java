package com.mediapatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.MessageModeration;
import com.mediapatch.social.SocialGraph;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Fakes of the social core's contracts, which other modules implement: tests mute, block and
 * put messages and conversations in place, and see which messages were hidden.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SocialCoreFakes {

    @Bean
    @Primary
    FakeSocialGraph fakeSocialGraph() {
        return new FakeSocialGraph();
    }

    @Bean
    @Primary
    FakeMessages fakeMessageModeration() {
        return new FakeMessages();
    }

    /** Blocks and mutes set by tests. */
    public static class FakeSocialGraph implements SocialGraph {

        private final Set<List<AccountId>> mutes = ConcurrentHashMap.newKeySet();
        private final Set<Set<AccountId>> blocks = ConcurrentHashMap.newKeySet();

        public void mute(AccountId viewer, AccountId other) {
            mutes.add(List.of(viewer, other));
        }

        public void block(AccountId one, AccountId other) {
            blocks.add(Set.of(one, other));
        }

        @Override
        public boolean areFriends(AccountId one, AccountId other) {
            return false;
        }

        @Override
        public boolean blockedBetween(AccountId one, AccountId other) {
            return blocks.contains(Set.of(one, other));
        }

        @Override
        public boolean muted(AccountId viewer, AccountId other) {
            return mutes.contains(List.of(viewer, other));
        }

        @Override
        public List<AccountId> friendsOf(AccountId member) {
            return List.of();
        }
    }

    /** Messages in conversations, put in place by tests. */
    public static class FakeMessages implements MessageModeration {

        private final Map<UUID, ReportedMessage> messages = new ConcurrentHashMap<>();
        private final Map<UUID, Set<AccountId>> participants = new ConcurrentHashMap<>();

        /** A new conversation between the members; returns its id. */
        public UUID conversation(AccountId... members) {
            UUID id = UUID.randomUUID();
            participants.put(id, Set.of(members));
            return id;
        }

        /** A message in the conversation, edited once; returns its id. */
        public UUID message(UUID conversation, AccountId author, String text) {
            UUID id = UUID.randomUUID();
            messages.put(id, new ReportedMessage(id, conversation, author, text, List.of("first draft: " + text), false,
                    false, Instant.now()));
            return id;
        }

        public boolean hidden(UUID messageId) {
            return messages.get(messageId).hidden();
        }

        @Override
        public Optional<ReportedMessage> message(UUID messageId) {
            return Optional.ofNullable(messages.get(messageId));
        }

        @Override
        public List<ReportedMessage> recentMessages(UUID conversationId, int limit) {
            List<ReportedMessage> found = new ArrayList<>(messages.values().stream()
                    .filter(message -> message.conversationId().equals(conversationId)).toList());
            found.sort((a, b) -> a.sentAt().compareTo(b.sentAt()));
            return found.subList(Math.max(0, found.size() - limit), found.size());
        }

        @Override
        public boolean hide(UUID messageId, AccountId moderator, String reason) {
            ReportedMessage found = messages.get(messageId);
            if (found == null) {
                return false;
            }
            messages.put(messageId, new ReportedMessage(found.id(), found.conversationId(), found.author(), found.text(),
                    found.earlierVersions(), true, found.deleted(), found.sentAt()));
            return true;
        }

        @Override
        public boolean isParticipant(UUID conversationId, AccountId member) {
            return participants.getOrDefault(conversationId, Set.of()).contains(member);
        }
    }
}
