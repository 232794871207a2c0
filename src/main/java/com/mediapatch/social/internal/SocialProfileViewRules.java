package com.mediapatch.social.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileViewRules;

import org.springframework.stereotype.Component;

/** Tells profiles who are friends and who blocked whom, so friends-only profiles and blocks are respected. */
@Component
class SocialProfileViewRules implements ProfileViewRules {

    private final SocialStore store;

    SocialProfileViewRules(SocialStore store) {
        this.store = store;
    }

    @Override
    public Standing standing(AccountId viewer, AccountId owner) {
        if (store.hasBlocked(owner, viewer)) {
            return Standing.BLOCKED_BY_OWNER;
        }
        if (store.hasBlocked(viewer, owner)) {
            return Standing.BLOCKED_BY_VIEWER;
        }
        return store.areFriends(viewer, owner) ? Standing.FRIEND : Standing.OTHER;
    }

    @Override
    public Set<AccountId> cutOff(AccountId viewer) {
        return store.cutOff(viewer);
    }

    @Override
    public Set<AccountId> friendsOf(AccountId viewer) {
        return new LinkedHashSet<>(store.friendsOf(viewer));
    }
}
