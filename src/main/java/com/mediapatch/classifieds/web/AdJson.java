package com.mediapatch.classifieds.web;

import java.time.Instant;
import java.util.List;

import com.mediapatch.classifieds.Ad;
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
}
