package com.mediapatch.social.web;

import java.util.List;

import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.social.ConnectionAction;
import com.mediapatch.social.PendingRequest;
import com.mediapatch.social.SocialRoutes;
import com.mediapatch.social.Suggestion;

/**
 * The friends page: a keyset page of each list, newest first.
 *
 * @param friends the member's friends, newest friendship first
 * @param incoming requests waiting for the member's answer
 * @param outgoing requests the member sent
 * @param suggestions people the member may know
 * @param blocked members the member blocked
 * @param muted members the member muted
 */
public record FriendsPage(KeysetPage<ProfileSummary> friends, KeysetPage<PendingRequest> incoming,
        KeysetPage<PendingRequest> outgoing, List<Suggestion> suggestions, KeysetPage<ProfileSummary> blocked,
        KeysetPage<ProfileSummary> muted) {

    /** Friends per page. */
    public static final int FRIENDS_SIZE = 48;

    /** Requests, blocked or muted members per page. */
    public static final int LIST_SIZE = 24;

    /** Where a button about {@code member} posts. */
    public String action(ProfileSummary member, ConnectionAction action) {
        return SocialRoutes.action(member.handle(), action);
    }

    /** The next page of one list (its parameter name), back at its section; null on its last page. */
    public static String older(String list, KeysetPage<?> page, String section) {
        return page.next() == null ? null : SocialRoutes.FRIENDS + "?" + list + "=" + page.next() + "#" + section;
    }
}
