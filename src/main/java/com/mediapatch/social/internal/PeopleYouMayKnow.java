package com.mediapatch.social.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileDetails;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.social.Suggestion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests members: friends of friends (counted in one SQL query) and members who share
 * disciplines, genres or a city, ranked by mutual friends, then by what they share. Friends,
 * pending requests, blocks either way and muted members are never suggested.
 */
@Component
public class PeopleYouMayKnow {

    /** How many candidates of each kind are weighed; enough for a page, bounded for speed. */
    static final int CANDIDATES = 60;

    private final SocialStore store;
    private final Profiles profiles;

    PeopleYouMayKnow(SocialStore store, Profiles profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public List<Suggestion> suggestionsFor(AccountId member, int limit) {
        Map<AccountId, Integer> mutual = store.friendsOfFriends(member, CANDIDATES);
        Set<AccountId> candidates = new LinkedHashSet<>(mutual.keySet());
        candidates.addAll(profiles.likeMinded(member, CANDIDATES));
        candidates.removeAll(store.notToSuggest(member));
        candidates.remove(member);
        ProfileDetails mine = profiles.details(member).orElse(null);
        Map<AccountId, ProfileDetails> found = profiles.details(candidates);
        return candidates.stream().filter(found::containsKey).map(candidate -> new Suggestion(
                        new ProfileSummary(candidate, found.get(candidate).handle(), found.get(candidate).displayName()),
                        mutual.getOrDefault(candidate, 0), shared(mine, found.get(candidate))))
                .filter(suggestion -> suggestion.mutualFriends() > 0 || suggestion.sharedInterests() > 0)
                .sorted(Comparator.comparingInt(Suggestion::mutualFriends).reversed()
                        .thenComparing(Comparator.comparingInt(Suggestion::sharedInterests).reversed())
                        .thenComparing(suggestion -> suggestion.member().displayName(), String.CASE_INSENSITIVE_ORDER))
                .limit(limit).toList();
    }

    /** Disciplines and genres both have, plus one for the same city. */
    static int shared(ProfileDetails mine, ProfileDetails theirs) {
        if (mine == null) {
            return 0;
        }
        int disciplines = (int) theirs.disciplines().stream().filter(mine.disciplines()::contains).count();
        Set<String> myGenres = lower(mine.genres());
        int genres = (int) lower(theirs.genres()).stream().filter(myGenres::contains).count();
        boolean sameCity = mine.city() != null && theirs.city() != null && mine.city().equalsIgnoreCase(theirs.city())
                && Objects.equals(mine.country(), theirs.country());
        return disciplines + genres + (sameCity ? 1 : 0);
    }

    private static Set<String> lower(List<String> tags) {
        return tags.stream().map(tag -> tag.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
