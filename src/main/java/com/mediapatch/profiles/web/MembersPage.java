package com.mediapatch.profiles.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.internal.DirectoryFilters;
import com.mediapatch.profiles.internal.MembersFound;

/**
 * The member directory: one page of results for a search.
 *
 * @param members the cards on this page
 * @param filters the words and filters searched for, as kept
 * @param found how many members the search finds, as shown ("1,000+" past the count limit)
 * @param notice what the member should know about these results, or null
 * @param previousLink the page in front of this one, or null
 * @param nextLink the page after this one, or null
 */
public record MembersPage(List<Card> members, DirectoryFilters filters, String found, String notice, String previousLink,
        String nextLink) {

    static MembersPage of(MembersFound page, DirectoryFilters filters) {
        List<Card> cards = page.entries().stream().map(entry -> new Card(entry.summary(), entry.disciplines(),
                ProfileView.locationOf(entry.city(), entry.country()))).toList();
        String found = page.totalCapped() ? String.format("%,d+ members", page.total() - 1)
                : page.total() == 1 ? "1 member" : String.format("%,d members", page.total());
        String notice = page.indexBeingBuilt()
                ? "The search index is being built (" + page.indexPercent() + "% done): until then only names, "
                        + "handles and exact tags are searched."
                : page.ranked() ? "Best matches first." : null;
        return new MembersPage(cards, filters, found, notice, link(filters, page.previous()), link(filters, page.next()));
    }

    /** One member in the directory. */
    public record Card(ProfileSummary summary, List<Discipline> disciplines, String location) {
    }

    public List<Discipline> disciplines() {
        return List.of(Discipline.values());
    }

    /** A value for an input: never null. */
    public static String shown(String value) {
        return value == null ? "" : value;
    }

    private static String link(DirectoryFilters filters, MembersFound.Link to) {
        if (to == null) {
            return null;
        }
        StringBuilder link = new StringBuilder(ProfileRoutes.MEMBERS).append('?').append(to.parameter()).append('=')
                .append(encoded(to.value()));
        append(link, "q", filters.text().isEmpty() ? null : filters.text());
        append(link, "discipline", filters.discipline() == null ? null : filters.discipline().name());
        append(link, "genre", filters.genre());
        append(link, "skill", filters.skill());
        append(link, "city", filters.city());
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append('&').append(name).append('=').append(encoded(value));
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
