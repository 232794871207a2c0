package com.mediapatch.profiles.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileSummary;

/**
 * The member directory: one page of results for a search.
 *
 * @param members the cards on this page
 * @param query the name searched for
 * @param discipline the discipline filter, or null
 * @param page zero-based page number
 * @param pages number of pages
 * @param total number of members found
 */
public record MembersPage(List<Card> members, String query, Discipline discipline, int page, int pages, long total) {

    /** One member in the directory. */
    public record Card(ProfileSummary summary, List<Discipline> disciplines, String location) {
    }

    public List<Discipline> disciplines() {
        return List.of(Discipline.values());
    }

    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("/members?page=").append(number);
        if (query != null && !query.isBlank()) {
            link.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        if (discipline != null) {
            link.append("&discipline=").append(discipline.name());
        }
        return link.toString();
    }
}
