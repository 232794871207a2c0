package com.mediapatch.social.web;

import java.util.List;

import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.social.ConnectionAction;
import com.mediapatch.social.PendingRequest;
import com.mediapatch.social.SocialRoutes;
import com.mediapatch.social.Suggestion;

/**
 * The friends page.
 *
 * @param friends the member's friends, by name
 * @param incoming requests waiting for the member's answer
 * @param outgoing requests the member sent
 * @param suggestions people the member may know
 * @param blocked members the member blocked
 * @param muted members the member muted
 */
public record FriendsPage(List<ProfileSummary> friends, List<PendingRequest> incoming, List<PendingRequest> outgoing,
        List<Suggestion> suggestions, List<ProfileSummary> blocked, List<ProfileSummary> muted) {

    /** Where a button about {@code member} posts. */
    public String action(ProfileSummary member, ConnectionAction action) {
        return SocialRoutes.action(member.handle(), action);
    }
}
