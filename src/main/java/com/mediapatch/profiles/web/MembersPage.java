package com.mediapatch.profiles.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.internal.DirectoryPage;

/**
 * The member directory: one page of results for a search.
 *
 * @param members the cards on this page
 * @param query the words searched for
 * @param discipline the discipline filter, or null
 * @param found how many members the search finds, as shown ("1,000+" past the count limit)
 * @param previousLink the page in front of this one, or null
 * @param nextLink the page after this one, or null
 */
public record MembersPage(List<Card> members, String query, Discipline discipline, String found, String previousLink,
        String nextLink) {

    static MembersPage of(DirectoryPage page, String query, Discipline discipline) {
        List<Card> cards = page.entries().stream().map(entry -> new Card(entry.summary(), entry.disciplines(),
                ProfileView.locationOf(entry.city(), entry.country()))).toList();
        String found = page.totalCapped() ? String.format("%,d+ members", page.total() - 1)
                : page.total() == 1 ? "1 member" : String.format("%,d members", page.total());
        return new MembersPage(cards, query, discipline, found,
                page.previousBefore() == null ? null : link(query, discipline, "before", page.previousBefore()),
                page.nextAfter() == null ? null : link(query, discipline, "after", page.nextAfter()));
    }

    /** One member in the directory. */
    public record Card(ProfileSummary summary, List<Discipline> disciplines, String location) {
    }

    public List<Discipline> disciplines() {
        return List.of(Discipline.values());
    }

    private static String link(String query, Discipline discipline, String direction, String handle) {
        StringBuilder link = new StringBuilder("/members?").append(direction).append('=').append(handle);
        if (query != null && !query.isBlank()) {
            link.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        if (discipline != null) {
            link.append("&discipline=").append(discipline.name());
        }
        return link.toString();
    }
}
