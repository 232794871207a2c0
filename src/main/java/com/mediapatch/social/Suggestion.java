package com.mediapatch.social;

import com.mediapatch.profiles.ProfileSummary;

/**
 * Someone the member may know.
 *
 * @param member who
 * @param mutualFriends how many friends they share
 * @param sharedInterests how many disciplines, genres and places they share
 */
public record Suggestion(ProfileSummary member, int mutualFriends, int sharedInterests) {

    /** Why this member is suggested, in a few words. */
    public String reason() {
        if (mutualFriends > 0) {
            return mutualFriends == 1 ? "1 mutual friend" : mutualFriends + " mutual friends";
        }
        return sharedInterests == 1 ? "1 shared interest" : sharedInterests + " shared interests";
    }
}
