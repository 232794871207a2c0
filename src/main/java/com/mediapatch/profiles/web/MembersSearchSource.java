package com.mediapatch.profiles.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.ProfileViewRules;
import com.mediapatch.profiles.internal.Directory;
import com.mediapatch.profiles.internal.DirectoryCursor;
import com.mediapatch.profiles.internal.DirectoryFilters;
import com.mediapatch.profiles.internal.DirectoryPage;
import com.mediapatch.profiles.internal.MemberSearch;
import com.mediapatch.profiles.internal.MembersFound;
import com.mediapatch.search.SearchHit;
import com.mediapatch.search.SearchHits;
import com.mediapatch.search.SearchSource;
import com.mediapatch.search.SiteQuery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Members in the site-wide search: the directory's first page for the same words, found exactly as
 * {@code /members} finds them (the index, or names in the database while it is built), so the same
 * visibility and the same blocks apply.
 */
@Component
class MembersSearchSource implements SearchSource {

    private final MemberSearch search;
    private final ObjectProvider<ProfileViewRules> rules;

    MembersSearchSource(MemberSearch search, ObjectProvider<ProfileViewRules> rules) {
        this.search = search;
        this.rules = rules;
    }

    @Override
    public String key() {
        return "members";
    }

    @Override
    public String label() {
        return "Members";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String searchPage(SiteQuery query) {
        return query.searchable() ? ProfileRoutes.MEMBERS + "?q=" + query.encoded() : ProfileRoutes.MEMBERS;
    }

    @Override
    public SearchHits top(SiteQuery query, AccountId viewer, int limit) {
        ProfileViewRules viewRules = rules.getIfUnique(() -> ProfileViewRules.NONE);
        DirectoryFilters filters = new DirectoryFilters(query.text(), null, null, null, null);
        MembersFound found = viewer == null ? search.find(null, filters, DirectoryCursor.first(), Set.of(), Set.of())
                : search.find(viewer, filters, DirectoryCursor.first(), viewRules.friendsOf(viewer), viewRules.cutOff(viewer));
        List<SearchHit> hits = found.entries().stream().limit(limit).map(MembersSearchSource::hit).toList();
        return new SearchHits(hits, Math.min(found.total(), Directory.COUNT_LIMIT), found.totalCapped());
    }

    private static SearchHit hit(DirectoryPage.Entry entry) {
        List<String> parts = new ArrayList<>();
        parts.add("@" + entry.summary().handle());
        String location = ProfileView.locationOf(entry.city(), entry.country());
        if (location != null) {
            parts.add(location);
        }
        if (!entry.disciplines().isEmpty()) {
            parts.add(String.join(", ", entry.disciplines().stream().map(Discipline::label).toList()));
        }
        return new SearchHit(entry.summary().displayName(), entry.summary().path(), String.join(" · ", parts), "Member");
    }
}
