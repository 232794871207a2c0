package com.mediapatch.social;

import java.util.List;

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
}
