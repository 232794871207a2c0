package com.mediapatch.messaging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mediapatch.identity.AccountId;
import com.mediapatch.social.SocialGraph;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * An in-memory social graph the messaging tests control; the social module's real graph is
 * built elsewhere. Import {@link Config} into an integration test.
 */
public class FakeSocialGraph implements SocialGraph {

    private final Set<String> friendships = ConcurrentHashMap.newKeySet();
    private final Set<String> blocks = ConcurrentHashMap.newKeySet();
    private final Set<String> mutes = ConcurrentHashMap.newKeySet();

    private static String pair(AccountId one, AccountId other) {
        return one.toString().compareTo(other.toString()) < 0 ? one + ":" + other : other + ":" + one;
    }

    public void befriend(AccountId one, AccountId other) {
        friendships.add(pair(one, other));
    }

    public void block(AccountId blocker, AccountId blocked) {
        blocks.add(blocker + ">" + blocked);
    }

    public void mute(AccountId viewer, AccountId other) {
        mutes.add(viewer + ">" + other);
    }

    @Override
    public boolean areFriends(AccountId one, AccountId other) {
        return friendships.contains(pair(one, other));
    }

    @Override
    public boolean blockedBetween(AccountId one, AccountId other) {
        return blocks.contains(one + ">" + other) || blocks.contains(other + ">" + one);
    }

    @Override
    public boolean muted(AccountId viewer, AccountId other) {
        return mutes.contains(viewer + ">" + other);
    }

    @Override
    public List<AccountId> friendsOf(AccountId member) {
        return friendships.stream().filter(f -> f.contains(member.toString()))
                .map(f -> f.replace(member.toString(), "").replace(":", "")).map(AccountId::valueOf).toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        FakeSocialGraph fakeSocialGraph() {
            return new FakeSocialGraph();
        }
    }
}
