package com.mediapatch.classifieds.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mediapatch.classifieds.AdFacets;
import com.mediapatch.classifieds.AdQuery;
import com.mediapatch.classifieds.Category;
import com.mediapatch.classifieds.ClassifiedsRoutes;

/**
 * The classifieds page: categories with their counts, the search and its filters with facet counts, one
 * page of results.
 *
 * @param query what is searched
 * @param cityLabel the chosen city as shown, or empty
 * @param counts live ads per category
 * @param facets counts per facet value of what was found (none while the index is built)
 * @param matches ads that fit the signed-in viewer's profile, with reasons (unfiltered first page only)
 * @param cards this page's ads
 * @param nextLink the next page, or null
 * @param previousLink the previous page of ranked results, or null
 * @param notice a line about how the results were found, or null
 * @param signedIn whether the viewer may post
 */
public record ListingPage(AdQuery query, String cityLabel, Map<Category, Long> counts, AdFacets facets,
        List<AdCard> matches, List<AdCard> cards, String nextLink, String previousLink, String notice, boolean signedIn) {

    /** Counts shown are bounded, like every count on the site. */
    public static String bounded(long count) {
        return count > 99 ? "99+" : String.valueOf(count);
    }

    public String countOf(Category category) {
        return bounded(counts.getOrDefault(category, 0L));
    }

    public String typed() {
        return query.words() == null ? "" : query.words();
    }

    public List<Category> categories() {
        return List.of(Category.values());
    }

    public List<AdQuery.PostedWithin> spans() {
        return List.of(AdQuery.PostedWithin.values());
    }

    public String shown(String value) {
        return value == null ? "" : value;
    }

    /** How many filters beyond the words are set: the Filters button shows the number, and wide screens show them open. */
    public int filtersOn() {
        return (int) Stream.of(query.instrument(), query.genre(), query.within(), query.near()).filter(Objects::nonNull).count();
    }

    /** This search with one parameter set (or removed with null), from its first page. */
    public String with(String name, String value) {
        return link(query, name, value);
    }

    /** The listing of {@code query} with one parameter set (or removed with null). */
    static String link(AdQuery query, String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query.words());
        params.put("category", query.category() == null ? null : query.category().slug());
        params.put("instrument", query.instrument());
        params.put("genre", query.genre());
        params.put("within", query.within() == null ? null : query.within().name().toLowerCase(Locale.ROOT));
        params.put("near", query.near() == null ? null : String.valueOf(query.near().placeId()));
        params.put("radius", query.near() == null ? null : String.valueOf(query.radiusKm()));
        params.put(name, value);
        String encoded = params.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return ClassifiedsRoutes.LIST + (encoded.isEmpty() ? "" : "?" + encoded);
    }

    public String withSpan(AdQuery.PostedWithin span) {
        return with("within", span.name().toLowerCase(Locale.ROOT));
    }
}
