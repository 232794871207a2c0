package com.mediapatch.social.web;

import java.util.List;

import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.social.SocialRoutes;

/**
 * A member's friends as the viewer may see them.
 *
 * @param owner whose friends
 * @param friends the friends, or null when the owner does not show them to this viewer
 */
public record FriendsOfPage(ProfileSummary owner, List<ProfileSummary> friends) {

    /** How many the profile panel shows before linking to the whole list. */
    public static final int PANEL_SIZE = 12;

    public List<ProfileSummary> firstFew() {
        return friends.size() > PANEL_SIZE ? friends.subList(0, PANEL_SIZE) : friends;
    }

    public String allPath() {
        return SocialRoutes.friendsOf(owner.handle());
    }
}
