package com.mediapatch.social.web;

import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.social.SocialRoutes;

/**
 * A member's friends as the viewer may see them, a page at a time, newest friendship first.
 *
 * @param owner whose friends
 * @param friends a page of the friends, or null in the profile panel when the owner does not show them to this
 *        viewer (the panel is then left out)
 */
public record FriendsOfPage(ProfileSummary owner, KeysetPage<ProfileSummary> friends) {

    /** The profile panel for a viewer the owner does not show their friends to: nothing at all. */
    static final FriendsOfPage HIDDEN_PANEL = new FriendsOfPage(null, null);

    /** How many the profile panel shows before linking to the whole list. */
    public static final int PANEL_SIZE = 12;

    /** How many the whole list shows per page. */
    public static final int PAGE_SIZE = 48;

    public String allPath() {
        return SocialRoutes.friendsOf(owner.handle());
    }

    /** The next page of the whole list, or null on the last one. */
    public String olderPath() {
        return friends.next() == null ? null : allPath() + "?after=" + friends.next();
    }
}
