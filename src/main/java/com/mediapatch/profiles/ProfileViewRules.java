package com.mediapatch.profiles;

import java.util.Set;

import com.mediapatch.identity.AccountId;

/**
 * How two members stand towards each other, as far as seeing profiles goes. Profiles does not
 * know about friendships or blocks; the module that does (social) provides this bean. Without
 * one, nobody is a friend and nobody is blocked.
 */
public interface ProfileViewRules {

    /** The standing of {@code viewer} towards {@code owner}; never called for a member and themselves. */
    Standing standing(AccountId viewer, AccountId owner);

    /** Members the viewer and they have cut off from each other (a block either way), left out of lists. */
    Set<AccountId> cutOff(AccountId viewer);

    /** The viewer's friends, who may see the viewer's friends-only profile and whose they may see. */
    Set<AccountId> friendsOf(AccountId viewer);

    /** What one member is to another. */
    enum Standing {
        /** Nothing special: the profile's visibility decides. */
        OTHER,
        /** Friends see friends-only profiles. */
        FRIEND,
        /** The viewer blocked the owner: the viewer sees that, and a way to undo it, but not the profile. */
        BLOCKED_BY_VIEWER,
        /** The owner blocked the viewer: to the viewer, the profile does not exist. */
        BLOCKED_BY_OWNER
    }

    /** The rules when no module knows about connections. */
    ProfileViewRules NONE = new ProfileViewRules() {
        @Override
        public Standing standing(AccountId viewer, AccountId owner) {
            return Standing.OTHER;
        }

        @Override
        public Set<AccountId> cutOff(AccountId viewer) {
            return Set.of();
        }

        @Override
        public Set<AccountId> friendsOf(AccountId viewer) {
            return Set.of();
        }
    };
}
