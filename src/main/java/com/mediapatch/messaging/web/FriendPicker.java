package com.mediapatch.messaging.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.social.SocialGraph;

import org.springframework.stereotype.Component;

/** Finds a member's friends by name or handle, for starting conversations without typing handles. */
@Component
class FriendPicker {

    /** Friends shown per search: enough to pick from, few enough to scan at a glance. */
    static final int SHOWN = 8;
    /** Ticked friends carried from one search to the next; a group takes no more. */
    static final int MAX_CHOSEN = 50;

    private final SocialGraph graph;
    private final Profiles profiles;

    FriendPicker(SocialGraph graph, Profiles profiles) {
        this.graph = graph;
        this.profiles = profiles;
    }

    List<ProfileSummary> matching(AccountId member, String query) {
        List<AccountId> friends = graph.friendsOf(member);
        return friends.isEmpty() ? List.of() : profiles.matching(friends, query == null ? "" : query, SHOWN);
    }

    FriendChoices choices(AccountId member, String query, List<String> chosenHandles) {
        Set<AccountId> friends = new HashSet<>(graph.friendsOf(member));
        List<ProfileSummary> chosen = profiles.byHandles(chosenHandles.stream().limit(MAX_CHOSEN).toList()).stream()
                .filter(profile -> friends.contains(profile.account())).toList();
        List<ProfileSummary> found = friends.isEmpty() ? List.of()
                : profiles.matching(friends, query == null ? "" : query, SHOWN + chosen.size()).stream()
                        .filter(profile -> !chosen.contains(profile)).limit(SHOWN).toList();
        return new FriendChoices(query == null ? "" : query.strip(), chosen, found, !friends.isEmpty());
    }
}
