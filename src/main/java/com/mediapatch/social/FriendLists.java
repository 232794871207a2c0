package com.mediapatch.social;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.social.internal.SocialStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's friend list as others may see it: as visible as the member's profile (everyone,
 * members, or friends only), never to someone cut off by a block, and never listing members
 * the viewer is cut off from.
 */
@Service
public class FriendLists {

    /**
     * What a viewer gets to see.
     *
     * @param owner whose friends
     * @param friends the friends, or empty when the owner does not show them to this viewer
     */
    public record Shown(ProfileSummary owner, Optional<List<ProfileSummary>> friends) {
    }

    private final SocialStore store;
    private final Profiles profiles;

    FriendLists(SocialStore store, Profiles profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    /** The friends of the member with {@code handle} as {@code viewer} (null when signed out) may see them. */
    @Transactional(readOnly = true)
    public Shown friendsOf(AccountId viewer, String handle) {
        ProfileSummary owner = profiles.byHandle(handle)
                .filter(found -> viewer == null || !store.blockedBetween(viewer, found.account()))
                .orElseThrow(() -> new MemberNotFound("No member @" + handle + " here."));
        ProfileDetails details = profiles.details(owner.account()).orElseThrow();
        boolean own = owner.account().equals(viewer);
        boolean allowed = own || switch (details.visibility()) {
            case EVERYONE -> true;
            case MEMBERS -> viewer != null;
            case FRIENDS -> viewer != null && store.areFriends(viewer, owner.account());
        };
        if (!allowed) {
            return new Shown(owner, Optional.empty());
        }
        Set<AccountId> cutOff = viewer == null ? Set.of() : store.cutOff(viewer);
        List<AccountId> shown = store.friendsOf(owner.account()).stream().filter(friend -> !cutOff.contains(friend)).toList();
        return new Shown(owner, Optional.of(profiles.summaries(shown).values().stream()
                .sorted(Comparator.comparing(ProfileSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList()));
    }
}
