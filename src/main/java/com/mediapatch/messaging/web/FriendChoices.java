package com.mediapatch.messaging.web;

import java.util.List;

import com.mediapatch.profiles.ProfileSummary;

/**
 * Friends to tick for a new group: those already ticked, then those matching what was typed.
 *
 * @param query what was typed, blank for the first friends by name
 * @param chosen friends already ticked, kept ticked whatever the query
 * @param found other friends whose handle or a word of whose name begins with the query
 * @param hasFriends whether the member has any friend at all
 */
public record FriendChoices(String query, List<ProfileSummary> chosen, List<ProfileSummary> found, boolean hasFriends) {

    public boolean nothingFound() {
        return chosen.isEmpty() && found.isEmpty();
    }
}
