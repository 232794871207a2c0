package com.mediapatch.social;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;
import com.mediapatch.social.internal.SocialStore;
import com.mediapatch.social.internal.SocialStore.Linked;

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
     * @param friends a page of the friends, newest friendship first
     */
    public record Shown(ProfileSummary owner, KeysetPage<ProfileSummary> friends) {
    }

    private final SocialStore store;
    private final Profiles profiles;

    FriendLists(SocialStore store, Profiles profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    /**
     * A page of the friends of the member with {@code handle} as {@code viewer} (null when signed out) may see them;
     * pass a page's {@code next} as {@code cursor}. Friends the viewer is cut off from are left out of the page.
     * Throws {@link MemberNotFound} when there is no such member or a block stands between them, and the
     * {@link com.mediapatch.profiles.Visibility#admit} facts when the owner does not show them to this viewer.
     */
    @Transactional(readOnly = true)
    public Shown friendsOf(AccountId viewer, String handle, String cursor, int size) {
        ProfileSummary owner = profiles.byHandle(handle)
                .filter(found -> viewer == null || !store.blockedBetween(viewer, found.account()))
                .orElseThrow(() -> new MemberNotFound("No member @" + handle + " here."));
        ProfileDetails details = profiles.details(owner.account()).orElseThrow();
        if (!owner.account().equals(viewer)) {
            details.visibility().admit(viewer != null,
                    viewer != null && details.visibility() == Visibility.FRIENDS && store.areFriends(viewer, owner.account()),
                    "@" + owner.handle() + " shares their friends");
        }
        Set<AccountId> cutOff = viewer == null ? Set.of() : store.cutOff(viewer);
        KeysetPage<Linked> page = KeysetPage.of(store.friends(owner.account(), PageCursor.parse(cursor), size + 1), size,
                Linked::cursor);
        List<AccountId> shown = page.items().stream().map(Linked::member).filter(friend -> !cutOff.contains(friend)).toList();
        // The owner's friends see one another's profiles; anyone else is shown the photos their visibility allows.
        Map<AccountId, ProfileSummary> who = owner.account().equals(viewer) ? profiles.summaries(shown)
                : profiles.summariesForStrangers(shown, viewer != null);
        return new Shown(owner, page.withItems(shown.stream().map(who::get).filter(Objects::nonNull).toList()));
    }
}
