package com.mediapatch.classifieds.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mediapatch.classifieds.Ad;
import com.mediapatch.classifieds.AdFacets;
import com.mediapatch.classifieds.ClassifiedsRoutes;
import com.mediapatch.profiles.ProfileSummary;

/**
 * An ad in the API.
 *
 * @param id its id
 * @param author the author's handle, or null when their profile is not shown
 * @param title one line
 * @param description Markdown source
 * @param category the category slug
 * @param instruments instruments or roles
 * @param genres genres
 * @param level experience
 * @param commitment hobby, semi-pro or pro
 * @param paid whether it pays
 * @param remote whether it is about no city
 * @param placeId the gazetteer place, or null
 * @param city the city, or null
 * @param country the country code, or null
 * @param mediaLinks links shown as players
 * @param status DRAFT, PUBLISHED or CLOSED
 * @param expired whether a published ad has expired
 * @param publishedAt when it was last published or renewed
 * @param expiresAt when it stops being listed
 * @param link its page on the site
 */
public record AdJson(String id, String author, String title, String description, String category,
        List<String> instruments, List<String> genres, String level, String commitment, boolean paid, boolean remote,
        Long placeId, String city, String country, List<String> mediaLinks, String status, boolean expired,
        Instant publishedAt, Instant expiresAt, String link) {

    static AdJson of(Ad ad, ProfileSummary author, Instant now) {
        var d = ad.details();
        var where = ad.where();
        return new AdJson(ad.id().toString(), author == null ? null : author.handle(), d.title(), d.description(),
                d.category().slug(), d.instruments(), d.genres(), d.level().name(), d.commitment().name(), d.paid(),
                where == null, where == null ? null : where.placeId(), where == null ? null : where.city(),
                where == null ? null : where.country(), d.mediaLinks(), ad.status().name(), ad.expired(now),
                ad.publishedAt(), ad.expiresAt(), ClassifiedsRoutes.ad(ad.id()));
    }

    /**
     * A page of ads with the cursor of the next one.
     *
     * @param items the ads
     * @param next pass as after for the next page, or null on the last
     */
    public record Page(List<AdJson> items, String next) {
    }

    /**
     * A page of ranked search results with counts per filter value.
     *
     * @param items the ads, best match first
     * @param ranked false while the search index is being built: then the newest matches, without typo tolerance
     * @param page this page's number
     * @param nextPage pass as page for the next one, or null on the last
     * @param facets how many found ads have each filter value (a chosen filter counts as if it were not chosen)
     */
    public record Found(List<AdJson> items, boolean ranked, int page, Integer nextPage, Facets facets) {
    }

    /**
     * Counts per filter value, most first.
     *
     * @param categories by category slug
     * @param instruments by instrument or role
     * @param genres by genre
     * @param cities by city
     * @param within by how recently published: day, week, month
     */
    public record Facets(Map<String, Long> categories, Map<String, Long> instruments, Map<String, Long> genres,
            Map<String, Long> cities, Map<String, Long> within) {

        static Facets of(AdFacets facets) {
            Map<String, Long> categories = new LinkedHashMap<>();
            facets.categories().forEach((category, count) -> categories.put(category.slug(), count));
            Map<String, Long> within = new LinkedHashMap<>();
            facets.within().forEach((span, count) -> within.put(span.name().toLowerCase(Locale.ROOT), count));
            return new Facets(categories, facets.instruments(), facets.genres(), facets.cities(), within);
        }
    }
}
