package com.mediapatch.social;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mediapatch.identity.AccountId;

/**
 * Who is connected to whom: friendships, blocks and mutes, for every module that must respect
 * them (messaging refuses blocked members, profiles hide friends-only details...).
 */
public interface SocialGraph {

    boolean areFriends(AccountId one, AccountId other);

    /** Whether either has blocked the other: blocks work both ways. */
    boolean blockedBetween(AccountId one, AccountId other);

    /** Whether {@code viewer} has muted {@code other} (hidden without blocking). */
    boolean muted(AccountId viewer, AccountId other);

    List<AccountId> friendsOf(AccountId member);

    /** Those of {@code others} who are friends of {@code member}; the stored graph answers in one query. */
    default Set<AccountId> friendsAmong(AccountId member, Collection<AccountId> others) {
        return others.stream().filter(other -> areFriends(member, other)).collect(Collectors.toSet());
    }

    /** Those of {@code others} with a block between them and {@code member}, either way; the stored graph answers in one query. */
    default Set<AccountId> blockedAmong(AccountId member, Collection<AccountId> others) {
        return others.stream().filter(other -> blockedBetween(member, other)).collect(Collectors.toSet());
    }
}
